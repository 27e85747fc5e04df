package dev.evalunit.stats;

import java.util.Arrays;

/**
 * The Wilcoxon signed-rank test as R's {@code wilcox.test(treatment, control, paired = TRUE)} computes it.
 * {@link #test(double[])} is the normal approximation ({@code exact = FALSE, correct = TRUE}): zero
 * differences are dropped, tied absolute differences get their average rank, the variance is reduced by
 * Σ(t³ − t)/48 over tie groups, and the statistic is moved 0.5 towards its mean. {@link #testAsR(double[])}
 * is R's default: the exact null distribution of V when fewer than 50 differences remain and none are tied
 * or zero, the approximation otherwise. A non-parametric check that does not lean on the t interval's
 * normality.
 */
final class WilcoxonSignedRank {

    private WilcoxonSignedRank() {
    }

    /** Below this many non-zero differences R computes the exact p-value. */
    public static final int EXACT_BELOW = 50;

    /** Tests the per-case differences of paired cases by the normal approximation. */
    public static WilcoxonResult test(PairedCases cases) {
        PairedTTest.requireCases(cases);
        return testDifferences(cases.differencesView(), false);
    }

    /** Tests the per-case differences of paired cases as R does by default (exact when small, no ties). */
    public static WilcoxonResult testAsR(PairedCases cases) {
        PairedTTest.requireCases(cases);
        return testDifferences(cases.differencesView(), true);
    }

    /**
     * Tests differences as R does by default: exact below {@link #EXACT_BELOW} non-zero differences without
     * ties or zeros (as {@code scipy.stats.wilcoxon(d, method="exact")}), the corrected normal approximation
     * otherwise.
     *
     * @param differences finite per-case differences {@code treatment − control}, at least one
     */
    public static WilcoxonResult testAsR(double[] differences) {
        return testDifferences(Require.atLeast("differences", differences, 1, "a signed-rank test"), true);
    }

    /**
     * Tests differences directly.
     *
     * @param differences finite per-case differences {@code treatment − control}, at least one
     */
    public static WilcoxonResult test(double[] differences) {
        return testDifferences(Require.atLeast("differences", differences, 1, "a signed-rank test"), false);
    }

    private static WilcoxonResult testDifferences(double[] differences, boolean exactWhenPossible) {
        if (differences.length == 0) {
            throw new IllegalArgumentException("no paired case to test; a signed-rank test needs at least 1");
        }
        double[] magnitudes = new double[differences.length];
        int n = 0;
        for (double d : differences) {
            if (d != 0) {
                magnitudes[n++] = Math.abs(d);
            }
        }
        int zeros = differences.length - n;
        if (n == 0) {
            return new WilcoxonResult(0, zeros, 0, 0, 1, false);
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
        // In double: n(n + 1) overflows an int from n = 46,341.
        double mean = n * (n + 1.0) / 4;
        double sigma = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1) / 24 - ties / 48);
        double centred = positiveRanks - mean;
        double z = (centred - 0.5 * Math.signum(centred)) / sigma;
        if (exactWhenPossible && n < EXACT_BELOW && zeros == 0 && ties == 0) {
            return new WilcoxonResult(n, 0, positiveRanks, z, exactTwoSided(n, (int) positiveRanks), true);
        }
        return new WilcoxonResult(n, zeros, positiveRanks, z, Distributions.normalTwoSided(z), false);
    }

    /**
     * R's exact two-sided p-value: twice the smaller tail of V's null distribution, counted by dynamic
     * programming over which ranks are positive (counts stay exact in a double below 2^53 patterns).
     */
    private static double exactTwoSided(int n, int v) {
        int max = n * (n + 1) / 2;
        double[] ways = new double[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int s = rank * (rank + 1) / 2; s >= rank; s--) {
                ways[s] += ways[s - rank];
            }
        }
        double below = 0;
        for (int s = 0; s <= v; s++) {
            below += ways[s];
        }
        double above = 0;
        for (int s = v; s <= max; s++) {
            above += ways[s];
        }
        return Math.min(1.0, 2 * Math.min(below, above) / Math.pow(2, n));
    }

    /** Average 1-based rank of {@code value} among the sorted magnitudes (ties share their mean rank). */
    private static double averageRank(double[] sorted, double value) {
        int first = Descriptive.lowerBound(sorted, value);
        int last = Descriptive.lowerBound(sorted, Math.nextUp(value));
        return (first + 1 + last) / 2.0;
    }
}
