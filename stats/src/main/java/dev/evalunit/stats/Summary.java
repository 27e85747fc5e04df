package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.Arrays;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Descriptive summary of one sample: what both the offline report and the online dashboards show.
 * Percentiles interpolate linearly between order statistics (R's type 7, NumPy's default).
 *
 * @param count  number of values
 * @param mean   arithmetic mean
 * @param sd     sample standard deviation (n − 1 denominator); 0 for a single value
 * @param min    smallest value
 * @param p25    25th percentile
 * @param median 50th percentile
 * @param p75    75th percentile
 * @param p95    95th percentile
 * @param max    largest value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Summary(int count, double mean, double sd, double min, double p25, double median, double p75,
                      double p95, double max) {

    /**
     * Summarises values.
     *
     * @throws IllegalArgumentException if {@code values} is empty or holds a NaN or infinite value
     */
    public static Summary of(double[] values) {
        Require.atLeast("values", values, 1, "a summary");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = Descriptive.mean(values);
        return new Summary(values.length, mean, Math.sqrt(Descriptive.variance(values, mean)), sorted[0],
                Descriptive.quantileOfSorted(sorted, 0.25), Descriptive.quantileOfSorted(sorted, 0.5),
                Descriptive.quantileOfSorted(sorted, 0.75), Descriptive.quantileOfSorted(sorted, 0.95),
                sorted[sorted.length - 1]);
    }

    /**
     * Any percentile of values, {@code p} in [0, 100], by the same interpolation as the fields.
     *
     * @throws IllegalArgumentException if {@code values} is empty, holds a non-finite value or p is outside [0, 100]
     */
    public static double percentile(double[] values, double p) {
        Require.atLeast("values", values, 1, "a percentile");
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("p is " + p + "; a percentile lies in [0, 100]");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Descriptive.quantileOfSorted(sorted, p / 100);
    }
}
