package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One arm of an online experiment reduced to its randomisation units (users): per unit the sum of a metric
 * over its requests and the number of requests. The metric per request is the ratio of the totals,
 * R = ΣS / ΣN, whose variance the delta method gives from the per-unit moments (Deng, Knoblich and Lu, "Applying
 * the delta method in metric analytics", KDD 2018; GrowthBook's gbstats):
 * <pre>Var(R) ≈ (Var(S) − 2R·Cov(S, N) + R²·Var(N)) / (n · mean(N)²)</pre>
 * Requests of one user are correlated, so treating them as independent understates the variance; this
 * does not. A unit with no request of the metric counts with S = N = 0.
 *
 * @param units         number of units, at least 2
 * @param meanSum       mean per-unit sum
 * @param meanCount     mean per-unit count, &gt; 0
 * @param varianceSum   sample variance of the per-unit sums
 * @param varianceCount sample variance of the per-unit counts
 * @param covariance    sample covariance of sums and counts
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UnitTotals(long units, double meanSum, double meanCount, double varianceSum, double varianceCount,
                         double covariance) {

    /** Validates the moments. */
    public UnitTotals {
        if (units < 2) {
            throw new IllegalArgumentException("units is " + units + "; a variance needs at least 2 units");
        }
        Require.finite("meanSum", meanSum);
        Require.positive("meanCount", meanCount);
        Require.nonNegative("varianceSum", varianceSum);
        Require.nonNegative("varianceCount", varianceCount);
        Require.finite("covariance", covariance);
    }

    /**
     * Moments of per-unit sums and counts.
     *
     * @param sums   per-unit sum of the metric
     * @param counts per-unit number of requests that recorded it, ≥ 0, same units in the same order
     */
    public static UnitTotals of(double[] sums, double[] counts) {
        Require.atLeast("sums", sums, 2, "a per-unit variance");
        Require.finite("counts", counts);
        Require.sameLength("sums", sums.length, "counts", counts.length, "unit");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "] is " + counts[i] + "; a count cannot be negative");
            }
        }
        double meanS = Descriptive.mean(sums);
        double meanN = Descriptive.mean(counts);
        if (!(meanN > 0)) {
            throw new IllegalArgumentException("no unit recorded the metric (every count is 0)");
        }
        double cross = 0;
        for (int i = 0; i < sums.length; i++) {
            cross += (sums[i] - meanS) * (counts[i] - meanN);
        }
        return new UnitTotals(sums.length, meanS, meanN, Descriptive.variance(sums, meanS),
                Descriptive.variance(counts, meanN), cross / (sums.length - 1));
    }

    /** The metric per request, ΣS / ΣN. */
    public double ratio() {
        return meanSum / meanCount;
    }

    /** The delta-method variance of {@link #ratio()}. */
    public double varianceOfRatio() {
        double r = ratio();
        return Math.max(0.0, (varianceSum - 2 * r * covariance + r * r * varianceCount)
                / (units * meanCount * meanCount));
    }
}
