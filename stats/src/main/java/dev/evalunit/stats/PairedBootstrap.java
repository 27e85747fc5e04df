package dev.evalunit.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paired bootstrap: cases are resampled with replacement (keeping each case's control and treatment
 * together), and the percentile interval of the resampled mean differences is a robustness check on the
 * t interval that assumes nothing about the shape of the differences. Seeded and reproducible; one pass
 * over the data per resample with no allocation inside the loop.
 */
public final class PairedBootstrap {

    private PairedBootstrap() {
    }

    /**
     * Bootstraps the mean per-case difference.
     *
     * @param cases      paired cases, at least 2
     * @param resamples  number of resamples, at least 100
     * @param seed       seed for {@link SplittableRandom}
     * @param confidence confidence level of the percentile interval, e.g. 0.95
     */
    public static BootstrapResult interval(PairedCases cases, int resamples, long seed, double confidence) {
        PairedTTest.requireCases(cases);
        cases.requireAtLeast(2, "a bootstrap interval");
        Require.confidence(confidence);
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples is " + resamples
                    + "; a percentile interval needs at least 100 (1,000 to 10,000 is usual)");
        }
        double[] d = cases.differencesView();
        int n = d.length;
        SplittableRandom random = new SplittableRandom(seed);
        long rejectBelow = (1L << 32) % n;
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            int drawn = 0;
            while (drawn < n) {
                // One 64-bit draw gives two 32-bit halves, each mapped to an index without division.
                long bits = random.nextLong();
                long first = index(bits >>> 32, n, rejectBelow);
                if (first >= 0) {
                    sum += d[(int) first];
                    drawn++;
                }
                long second = drawn < n ? index(bits & 0xffffffffL, n, rejectBelow) : -1;
                if (second >= 0) {
                    sum += d[(int) second];
                    drawn++;
                }
            }
            means[r] = sum / n;
        }
        double centre = Descriptive.mean(means);
        double se = Math.sqrt(Descriptive.variance(means, centre));
        Arrays.sort(means);
        double tail = (1 - confidence) / 2;
        return new BootstrapResult(Descriptive.mean(d), se, Descriptive.quantileOfSorted(means, tail),
                Descriptive.quantileOfSorted(means, 1 - tail), resamples, seed);
    }

    /**
     * Lemire's multiply-shift map of 32 uniform bits to an index in [0, n), unbiased because the few
     * products whose low half falls below {@code 2^32 mod n} are rejected (returns −1, draw again).
     */
    private static long index(long bits32, int n, long rejectBelow) {
        long product = bits32 * n;
        return (product & 0xffffffffL) < rejectBelow ? -1 : product >>> 32;
    }
}
