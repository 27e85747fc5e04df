package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Count, mean, sample variance, minimum and maximum of a stream of values, updated one value at a time
 * (Welford's algorithm) so that the values need not be kept. Unlike running sums ({@link SampleMoments#ofSums})
 * it keeps its precision when the mean is large next to the spread. Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RunningMoments {

    private long count;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Adds one finite value. */
    public void add(double value) {
        Require.finite("value", value);
        count++;
        double delta = value - mean;
        mean += delta / count;
        squares += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** Their mean; 0 before the first value. */
    public double mean() {
        return mean;
    }

    /** Their sample variance (n − 1 denominator); 0 for fewer than two values. */
    public double variance() {
        return count < 2 ? 0.0 : Math.max(0.0, squares / (count - 1));
    }

    /** Their sample standard deviation; 0 for fewer than two values. */
    public double sd() {
        return Math.sqrt(variance());
    }

    /** The smallest value; +∞ before the first value. */
    public double min() {
        return min;
    }

    /** The largest value; −∞ before the first value. */
    public double max() {
        return max;
    }

    /** The moments so far, for the tests that take them; needs at least one value. */
    public SampleMoments moments() {
        return new SampleMoments(count, mean, variance());
    }
}
