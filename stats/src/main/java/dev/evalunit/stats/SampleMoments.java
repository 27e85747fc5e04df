package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Count, mean and sample variance (n − 1 denominator) of one group: everything the independent-sample
 * tests need. Production code that aggregates metrics keeps these (or the sums they come from) instead of
 * raw values.
 *
 * @param count    number of observations, at least 1
 * @param mean     arithmetic mean
 * @param variance sample variance with the n − 1 denominator; 0 when {@code count} is 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleMoments(long count, double mean, double variance) {

    /** Validates the moments. */
    public SampleMoments {
        if (count < 1) {
            throw new IllegalArgumentException("count is " + count + "; a group needs at least 1 observation");
        }
        Require.finite("mean", mean);
        Require.nonNegative("variance", variance);
    }

    /** Moments of raw values (two-pass, so large offsets do not cost precision). */
    public static SampleMoments of(double[] values) {
        Require.atLeast("values", values, 1, "a mean");
        double mean = Descriptive.mean(values);
        return new SampleMoments(values.length, mean, Descriptive.variance(values, mean));
    }

    /**
     * Moments from running sums, as a metrics store keeps them. The variance comes from
     * {@code sumOfSquares − sum²/n}, which loses digits when the mean is huge next to the spread; store
     * values relative to a typical level (e.g. latency minus 1,000 ms) in that case.
     *
     * @param count        number of observations
     * @param sum          sum of the observations
     * @param sumOfSquares sum of the squared observations
     */
    public static SampleMoments ofSums(long count, double sum, double sumOfSquares) {
        if (count < 1) {
            throw new IllegalArgumentException("count is " + count + "; a group needs at least 1 observation");
        }
        Require.finite("sum", sum);
        Require.finite("sumOfSquares", sumOfSquares);
        double mean = sum / count;
        double variance = count == 1 ? 0.0 : Math.max(0.0, (sumOfSquares - sum * mean) / (count - 1));
        return new SampleMoments(count, mean, variance);
    }

    /** Sample standard deviation. */
    public double sd() {
        return Math.sqrt(variance);
    }

    /** Squared standard error of the mean, {@code variance / count}. */
    double varianceOfMean() {
        return variance / count;
    }
}
