package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Summary of one variant's scores with a t confidence interval for its mean.
 *
 * @param summary      count, mean, sd, min, percentiles and max
 * @param ci           t interval for the mean; empty with a single value, where no spread can be estimated
 * @param droppedCases cases left out because they had no valid repeat (0 for plain values)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleSummary(Summary summary, Optional<Interval> ci, int droppedCases) {

    /**
     * Summarises independent values (e.g. one score per case).
     *
     * @param values     at least 1 finite value
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static SampleSummary of(double[] values, double confidence) {
        return of(values, confidence, 0);
    }

    /**
     * Summarises repeat scores: each case contributes the mean of its repeats, so the interval respects
     * that repeats of one case are not independent. Cases with no repeats are dropped and counted.
     *
     * @param scores     {@code scores[case][repeat]}, finite; at least one case with a repeat
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static SampleSummary ofRepeats(double[][] scores, double confidence) {
        double[] means = CaseMeans.nonEmpty("scores", scores);
        if (means.length == 0) {
            throw new IllegalArgumentException("scores has " + scores.length
                    + " case(s) and none has a valid repeat; there is nothing to summarise");
        }
        return of(means, confidence, scores.length - means.length);
    }

    private static SampleSummary of(double[] values, double confidence, int dropped) {
        Require.confidence(confidence);
        Summary summary = Summary.of(values);
        if (summary.count() < 2) {
            return new SampleSummary(summary, Optional.empty(), dropped);
        }
        double half = Distributions.tCritical(confidence, summary.count() - 1.0) * summary.sd()
                / Math.sqrt(summary.count());
        return new SampleSummary(summary, Optional.of(new Interval(summary.mean() - half, summary.mean() + half)),
                dropped);
    }
}
