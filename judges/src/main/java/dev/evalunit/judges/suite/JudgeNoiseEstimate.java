package dev.evalunit.judges.suite;

import dev.evalunit.api.run.Score;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How much a judge disagrees with itself: the same output judged M times (judge repeats). Measured per
 * metric apart from generation noise, which lives between samples. This is the one measure of judge noise a run
 * reports ({@link dev.evalunit.api.run.SuiteFinding.JudgeNoise}, per variant).
 *
 * <p>Why the pooled variance: Σ(mᵢ−1)sᵢ² / Σ(mᵢ−1) is the within-group mean square of a one-way analysis of
 * variance with the sample as the group, an unbiased estimate of the judge's variance on one output that weights
 * each sample by its degrees of freedom, and it is the quantity {@link #judgeShare} sets against the variance
 * between samples. The average of per-sample standard deviations is biased low (E[s] ≈ 0.80σ with two repeats)
 * and ignores how many repeats each sample had; a pass/fail flip rate measures the pass threshold as much as the
 * judge.
 *
 * @param samples        samples with at least two usable judge repeats
 * @param judgements     usable judgements in those samples
 * @param errors         error scores left out
 * @param judgeVariance  pooled within-sample variance Σ(mᵢ−1)sᵢ² / Σ(mᵢ−1); empty with no repeated sample
 * @param meanRange      mean of (max − min) over those samples; empty likewise
 * @param agreementRate  share of those samples whose repeats all gave the same score; empty likewise
 */
record JudgeNoiseEstimate(int samples, int judgements, int errors, OptionalDouble judgeVariance,
                         OptionalDouble meanRange, OptionalDouble agreementRate) {

    /**
     * Measures the noise.
     *
     * @param perSample for each sample, the scores one judge scorer returned for it (one per judge repeat)
     */
    public static JudgeNoiseEstimate of(Collection<List<Score>> perSample) {
        int samples = 0;
        int judgements = 0;
        int errors = 0;
        int degreesOfFreedom = 0;
        double squares = 0;
        double ranges = 0;
        int agreeing = 0;
        for (List<Score> scores : perSample) {
            double[] values = scores.stream().filter(score -> !score.isError())
                    .mapToDouble(score -> score.value().getAsDouble()).toArray();
            errors += scores.size() - values.length;
            if (values.length < 2) {
                continue;
            }
            samples++;
            judgements += values.length;
            double mean = Arrays.stream(values).average().orElseThrow();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double value : values) {
                squares += (value - mean) * (value - mean);
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            degreesOfFreedom += values.length - 1;
            ranges += max - min;
            agreeing += max == min ? 1 : 0;
        }
        if (samples == 0) {
            return new JudgeNoiseEstimate(0, 0, errors, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        return new JudgeNoiseEstimate(samples, judgements, errors, OptionalDouble.of(squares / degreesOfFreedom),
                OptionalDouble.of(ranges / samples), OptionalDouble.of((double) agreeing / samples));
    }

    /**
     * The judge's share of the within-case variance of the per-sample scores (each the mean of its judge
     * repeats): (judgeVariance / judge repeats) over the pooled variance between one case's samples. Above ½
     * the judge's noise, not the model's, is what repeats average away, and judge repeats (a judge call each)
     * narrow the interval more cheaply than generation repeats (a generation and its judge calls each).
     *
     * @param perCase for each case, each sample's scores of this judge
     * @return empty without repeated judgements, without a case of two or more judged samples, or when the
     *         samples of every case agree exactly
     */
    public OptionalDouble judgeShare(Collection<List<List<Score>>> perCase) {
        if (judgeVariance.isEmpty() || samples == 0) {
            return OptionalDouble.empty();
        }
        double squares = 0;
        int degreesOfFreedom = 0;
        for (List<List<Score>> caseSamples : perCase) {
            double[] means = caseSamples.stream().mapToDouble(scores -> scores.stream().filter(s -> !s.isError())
                    .mapToDouble(s -> s.value().getAsDouble()).average().orElse(Double.NaN))
                    .filter(Double::isFinite).toArray();
            if (means.length < 2) {
                continue;
            }
            double mean = Arrays.stream(means).average().orElseThrow();
            squares += Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum();
            degreesOfFreedom += means.length - 1;
        }
        if (degreesOfFreedom == 0 || squares == 0) {
            return OptionalDouble.empty();
        }
        double judgeRepeats = (double) judgements / samples;
        return OptionalDouble.of(Math.min(1, judgeVariance.getAsDouble() / judgeRepeats
                / (squares / degreesOfFreedom)));
    }

    /** The judge's standard deviation on one sample: √judgeVariance. */
    public OptionalDouble judgeSd() {
        return judgeVariance.isPresent() ? OptionalDouble.of(Math.sqrt(judgeVariance.getAsDouble()))
                : OptionalDouble.empty();
    }
}
