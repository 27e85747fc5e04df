package dev.evalunit.judges.llm;

import dev.evalunit.judges.Options;
import org.apiguardian.api.API;

import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code correctness-judge}: reference-based correctness and factuality. The judge compares the output with
 * the reference answer in the case {@code field} (required) on a {@code scale} (default 0-1): facts that
 * contradict the reference are errors, missing key facts reduce the score, wording does not matter.
 */
@API(status = INTERNAL, since = "0.1")
public final class CorrectnessJudgeScorer extends JudgeScorerProvider {

    public CorrectnessJudgeScorer() {
        super("correctness-judge", new Scale(0, 1), true);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of();
    }

    @Override
    String task(Options options, Scale scale) {
        return "Judge whether the response is factually correct with respect to the reference answer, which is "
                + "assumed to be correct. A response that states anything contradicting the reference, or invents "
                + "facts the reference does not support, is incorrect; a response that omits key facts of the "
                + "reference is partly correct; wording, length and style do not matter. Score it "
                + range(scale) + ": " + Scale.format(scale.min()) + " when it contradicts the reference, "
                + Scale.format(scale.max()) + " when it is fully consistent with it and complete.";
    }
}
