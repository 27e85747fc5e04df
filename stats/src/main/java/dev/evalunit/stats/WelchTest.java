package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Welch's t-test for the difference of two independent means, with Welch–Satterthwaite degrees of freedom
 * and the exact (fractional-df) t distribution for the p-value and the interval. This is the test the
 * online analysis runs on production metrics.
 *
 * <p>Degenerate case: when both groups have zero variance the standard error is 0; then equal means give
 * {@code t = 0, p = 1} and different means give {@code t = ±∞, p = 0}, both with the interval collapsed on
 * the difference and {@code df = nA + nB − 2}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WelchTest {

    private WelchTest() {
    }

    /**
     * Tests raw observations of two groups.
     *
     * @param a          control observations, at least 2, finite
     * @param b          treatment observations, at least 2, finite
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static WelchResult test(double[] a, double[] b, double confidence) {
        Require.atLeast("a", a, 2, "Welch's t-test (a variance per group)");
        Require.atLeast("b", b, 2, "Welch's t-test (a variance per group)");
        return test(SampleMoments.of(a), SampleMoments.of(b), confidence);
    }

    /**
     * Tests two groups from their moments (count, mean, variance), as a metrics store keeps them.
     *
     * @param a          control moments, count at least 2
     * @param b          treatment moments, count at least 2
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static WelchResult test(SampleMoments a, SampleMoments b, double confidence) {
        requireTwo("a", a);
        requireTwo("b", b);
        Require.confidence(confidence);
        double va = a.varianceOfMean();
        double vb = b.varianceOfMean();
        double se = Math.sqrt(va + vb);
        double difference = b.mean() - a.mean();
        // Both variances zero: Welch–Satterthwaite is 0/0; fall back to the pooled df.
        double df = se == 0 ? a.count() + b.count() - 2.0
                : (va + vb) * (va + vb) / (va * va / (a.count() - 1) + vb * vb / (b.count() - 1));
        TInference inference = TInference.of(difference, se, df, confidence);
        return new WelchResult(a.mean(), b.mean(), difference, se, df, inference.t(), inference.pValue(),
                inference.ciLow(), inference.ciHigh());
    }

    private static void requireTwo(String name, SampleMoments m) {
        if (m == null) {
            throw new IllegalArgumentException(name + " is null; pass the group's moments");
        }
        if (m.count() < 2) {
            throw new IllegalArgumentException(name + " has " + m.count()
                    + " observation; Welch's t-test needs at least 2 per group to estimate a variance");
        }
    }
}
