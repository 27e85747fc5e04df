package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code g-eval}: G-Eval-style judging (Liu et al., 2023): the suite gives the evaluation {@code criteria}
 * and, optionally, the evaluation {@code steps} (without them the judge writes the steps from the criteria
 * once per run, {@link GeneratedSteps}); the judge follows the steps and scores on a {@code scale} (default 1-5).
 * As in the paper, a score on a whole-number scale is weighted by the probabilities the judge gave each score
 * ({@link ScoreProbabilities}) where the provider returns token log-probabilities (OpenAI does; the judge is asked
 * for the top 20); elsewhere judge {@code repeats}, averaged by the suite statistics, play that role. Each score's
 * {@code weighting} detail says which applied.
 */
@API(status = INTERNAL, since = "0.1")
public final class GEvalScorer extends JudgeScorerProvider {

    public GEvalScorer() {
        super("g-eval", new Scale(1, 5), false);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of("criteria", "steps");
    }

    @Override
    boolean weighsByProbability(Scale scale) {
        return scale != Scale.PASS_FAIL && scale.min() == Math.rint(scale.min()) && scale.max() == Math.rint(scale.max());
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
