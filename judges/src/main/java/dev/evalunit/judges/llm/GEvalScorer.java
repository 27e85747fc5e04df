package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.List;
import java.util.Set;

/**
 * {@code g-eval}: G-Eval-style judging (Liu et al., 2023): the suite gives the evaluation {@code criteria}
 * and, optionally, the evaluation {@code steps} (without them the judge writes the steps from the criteria
 * once per run, {@link GeneratedSteps}); the judge follows the steps and scores on a {@code scale} (default 1-5).
 * The paper's probability-weighted score needs token log-probabilities, which judge calls do not return;
 * judge {@code repeats} averaged by the suite statistics play that role.
 */
public final class GEvalScorer extends JudgeScorerProvider {

    public GEvalScorer() {
        super("g-eval", new Scale(1, 5), false);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of("criteria", "steps");
    }

    @Override
    JudgeTask judgeTask(Options options, Scale scale, JudgeSettings settings) throws ScorerConfigException {
        if (options.has("steps")) {
            return JudgeTask.fixed(task(options, scale));
        }
        String criteria = options.requiredString("criteria").strip();
        return new GeneratedSteps(settings, criteria, steps -> task(criteria, steps, scale));
    }

    @Override
    String task(Options options, Scale scale) throws ScorerConfigException {
        String criteria = options.requiredString("criteria").strip();
        List<String> steps = options.strings("steps").orElseThrow();
        if (steps.isEmpty() || steps.stream().anyMatch(String::isBlank)) {
            throw options.problem("steps", "must list at least one non-blank step");
        }
        return task(criteria, steps, scale);
    }

    private static String task(String criteria, List<String> steps, Scale scale) {
        StringBuilder task = new StringBuilder("Evaluate the response on the criteria below by following the "
                + "evaluation steps in order, then score it " + range(scale) + ".\n\nEvaluation criteria:\n")
                .append(criteria).append("\n\nEvaluation steps:\n");
        for (int i = 0; i < steps.size(); i++) {
            task.append(i + 1).append(". ").append(steps.get(i).strip()).append('\n');
        }
        return task.toString();
    }
}
