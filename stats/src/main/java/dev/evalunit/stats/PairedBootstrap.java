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
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
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
}
