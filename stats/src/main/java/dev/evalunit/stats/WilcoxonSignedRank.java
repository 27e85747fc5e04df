package dev.evalunit.stats;

import java.util.Arrays;

/**
 * The Wilcoxon signed-rank test exactly as R's
 * {@code wilcox.test(treatment, control, paired = TRUE, exact = FALSE, correct = TRUE)} computes it:
 * zero differences are dropped, tied absolute differences get their average rank, the variance is
 * reduced by Σ(t³ − t)/48 over tie groups, and the statistic is moved 0.5 towards its mean before the
 * normal approximation. A non-parametric check that does not lean on the t interval's normality.
 */
public final class WilcoxonSignedRank {

    private WilcoxonSignedRank() {
    }

    /** Tests the per-case differences of paired cases. */
    public static WilcoxonResult test(PairedCases cases) {
        PairedTTest.requireCases(cases);
        return testDifferences(cases.differencesView());
    }

    /**
     * Tests differences directly.
     *
     * @param differences finite per-case differences {@code treatment − control}
     */
    public static WilcoxonResult test(double[] differences) {
        return testDifferences(Require.finite("differences", differences));
    }

    private static WilcoxonResult testDifferences(double[] differences) {
        double[] magnitudes = new double[differences.length];
        int n = 0;
        for (double d : differences) {
            if (d != 0) {
                magnitudes[n++] = Math.abs(d);
            }
        }
        int zeros = differences.length - n;
        if (n == 0) {
            return new WilcoxonResult(0, zeros, 0, 0, 1);
        }
        double[] sorted = Arrays.copyOf(magnitudes, n);
        Arrays.sort(sorted);
        double positiveRanks = 0;
        for (double d : differences) {
            if (d > 0) {
                positiveRanks += averageRank(sorted, d);
            }
        }
        double ties = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double mean = n * (n + 1) / 4.0;
        double sigma = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - ties / 48);
        double centred = positiveRanks - mean;
        double z = (centred - 0.5 * Math.signum(centred)) / sigma;
        return new WilcoxonResult(n, zeros, positiveRanks, z, Distributions.normalTwoSided(z));
    }

    /** Average 1-based rank of {@code value} among the sorted magnitudes (ties share their mean rank). */
    private static double averageRank(double[] sorted, double value) {
        int first = lowerBound(sorted, value);
        int last = lowerBound(sorted, Math.nextUp(value));
        return (first + 1 + last) / 2.0;
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
