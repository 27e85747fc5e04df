package dev.evalunit.reports.engine;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.Variant;
import dev.evalunit.api.spi.ModelRequest;


/** What the test suites here share: variants that send a case's {@code question} to an in-process model. */
final class QuestionVariants {

    private QuestionVariants() {
    }

    /** A variant asking {@code inprocess:<model>} the case's question. */
    static Variant asking(String id, String name, String model) {
        return Variant.of(id, name, ModelRef.parse("inprocess:" + model)).withPromptTemplate("{{question}}");
    }

    /** The number in the question a request asks. */
    static int number(ModelRequest request) {
        String question = request.messages().get(request.messages().size() - 1).text();
        return Integer.parseInt(question.replaceAll("\\D+", ""));
    }
}
