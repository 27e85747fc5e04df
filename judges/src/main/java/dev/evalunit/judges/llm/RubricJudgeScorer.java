package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rubric-judge}: an LLM scores the output against the suite's {@code rubric} on a {@code scale}
 * (default 1-5), replying with JSON {@code {score, reasoning}}; the reasoning is kept as the score's reason.
 * The rubric is text, or bands of score range → expected outcome ({@link RubricBands}); rubric text may name
 * case fields as {@code {{field}}} ({@link FieldVariables}), shown to the judge in delimited sections.
 */
public final class RubricJudgeScorer extends JudgeScorerProvider {

    public RubricJudgeScorer() {
        super("rubric-judge", new Scale(1, 5), false);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of("rubric");
    }

    @Override
    String task(Options options, Scale scale) throws ScorerConfigException {
        Object rubric = options.raw("rubric").orElseThrow(() -> options.problem("rubric", "is required"));
        String text = rubric instanceof Map<?, ?> bands ? RubricBands.text(options, bands, scale)
                : options.requiredString("rubric").strip();
        return "Score the response against this rubric, " + range(scale) + ".\n\nRubric:\n"
                + FieldVariables.of(options, text).text();
    }

    @Override
    List<String> sectionFields(Options options) throws ScorerConfigException {
        Object rubric = options.raw("rubric").orElse("");
        return rubric instanceof Map<?, ?> ? List.of()
                : FieldVariables.of(options, options.requiredString("rubric")).fields();
    }
}
