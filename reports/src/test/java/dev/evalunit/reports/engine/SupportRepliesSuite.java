package dev.evalunit.reports.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A suite run through the real engine by {@link EngineReportTest}: two in-process models, the second more
 * complete, the first wrong on every third case. Its pass rate is 0 so that its cases pass even when a test
 * filter lets Surefire run the suite itself; the failing scores still show in the report.
 */
@EvalSuite(id = "support-replies", repeats = 2, passRate = 0.0)
public class SupportRepliesSuite {

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 12).mapToObj(i -> Case.of("ticket-" + i,
                Map.of("question", "Where is order " + i + "?", "expected", "order " + i))).toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(
                new Variant("terse", "Terse", ModelRef.parse("inprocess:terse"), Optional.empty(),
                        Optional.of("{{question}}"), SamplingParams.DEFAULTS),
                new Variant("complete", "Complete", ModelRef.parse("inprocess:complete"), Optional.empty(),
                        Optional.of("{{question}}"), SamplingParams.DEFAULTS));
    }

    @InProcessModel("terse")
    String terse(ModelRequest request) {
        String question = lastMessage(request);
        int order = Integer.parseInt(question.replaceAll("\\D+", ""));
        return order % 3 == 0 ? "Please contact support." : "Your order " + order + " ships tomorrow.";
    }

    @InProcessModel("complete")
    String complete(ModelRequest request) {
        String question = lastMessage(request);
        int order = Integer.parseInt(question.replaceAll("\\D+", ""));
        return "Your order " + order + " ships tomorrow; tracking follows by email"
                + (request.repeat() == 1 ? " within the hour." : ".");
    }

    @EvalScorer(threshold = 1.0)
    Score mentionsOrder(ScoringInput input) {
        String expected = input.testCase().text("expected").orElseThrow();
        boolean found = input.output().contains(expected);
        return Score.check("mentionsOrder", found, found ? "mentions " + expected : "does not mention " + expected);
    }

    private static String lastMessage(ModelRequest request) {
        return request.messages().get(request.messages().size() - 1).text();
    }
}
