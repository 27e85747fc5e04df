package dev.evalunit.judges.llm;

import dev.evalunit.api.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.Set;

/**
 * {@code rubric-judge}: an LLM scores the output against the suite's {@code rubric} on a {@code scale}
 * (default 1-5), replying with JSON {@code {score, reasoning}}; the reasoning is kept as the score's reason.
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
        return "Score the response against this rubric, " + range(scale) + ".\n\nRubric:\n"
                + options.requiredString("rubric").strip();
    }
}
