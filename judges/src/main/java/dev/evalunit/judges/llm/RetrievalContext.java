package dev.evalunit.judges.llm;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RAG case's retrieval context, shown to the judge: option {@code context} names the case field holding the
 * passages the system retrieved (a list of texts, in retrieval order, or one text). Every passage is dataset
 * text, so each is shown in its own delimited section, numbered from 1 in retrieval order.
 *
 * @param field the case field holding the passages
 */
record RetrievalContext(String field) {

    /** The option naming the field. */
    static final String OPTION = "context";

    /** The {@code context} option, when given. */
    static Optional<RetrievalContext> of(Options options) throws ScorerConfigException {
        return options.caseField(OPTION).map(RetrievalContext::new);
    }

    /** The {@code context} option of a judge that cannot work without it. */
    static RetrievalContext required(Options options) throws ScorerConfigException {
        return of(options).orElseThrow(() -> options.problem(OPTION,
                "is required: the case field holding the retrieved passages"));
    }

    /** The case's passages, in retrieval order; none when the case has no such field. */
    List<String> passages(Case testCase) {
        Optional<Object> value = testCase.field(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof List<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value.get()));
    }

    /** One delimited section per passage. */
    List<JudgePrompt.Section> sections(Case testCase) {
        List<String> passages = passages(testCase);
        List<JudgePrompt.Section> sections = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            sections.add(new JudgePrompt.Section("context-" + (i + 1), "Retrieved passage " + (i + 1),
                    passages.get(i)));
        }
        return sections;
    }
}
