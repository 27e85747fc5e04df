package dev.evalunit.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paired bootstrap: cases are resampled with replacement (keeping each case's control and treatment
 * together), and the bias-corrected and accelerated (BCa) interval of the resampled mean differences
 * (Efron 1987; DiCiccio and Efron 1996) is a robustness check on the t interval that assumes nothing about
 * the shape of the differences. BCa corrects the percentile interval's under-coverage in small and skewed
 * samples: the percentiles used are Φ(z₀ + (z₀ + z_q)/(1 − a(z₀ + z_q))), with the bias z₀ = Φ⁻¹(share of
 * resampled means below the mean) and the acceleration a = Σ(θ̄ − θ₍ᵢ₎)³ / (6 (Σ(θ̄ − θ₍ᵢ₎)²)^{3/2}) from
 * the jackknife means θ₍ᵢ₎, as {@code scipy.stats.bootstrap(..., method="BCa")}. Seeded and reproducible;
 * one pass over the data per resample with no allocation inside the loop.
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
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static BootstrapResult interval(PairedCases cases, int resamples, long seed, double confidence) {
        PairedTTest.requireCases(cases);
        cases.requireAtLeast(2, "a bootstrap interval");
        Require.confidence(confidence);
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples is " + resamples
                    + "; a bootstrap interval needs at least 100 (1,000 to 10,000 is usual)");
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
        double mean = Descriptive.mean(d);
        double tail = (1 - confidence) / 2;
        // Resampled means equal to the mean count half, as in SciPy.
        double below = (Descriptive.lowerBound(means, mean) + Descriptive.lowerBound(means, Math.nextUp(mean)))
                / (2.0 * resamples);
        double bias = Distributions.normalQuantile(clamp(below, resamples));
        double acceleration = acceleration(d, mean);
        return new BootstrapResult(mean, se,
                Descriptive.quantileOfSorted(means, adjusted(tail, bias, acceleration, resamples)),
                Descriptive.quantileOfSorted(means, adjusted(1 - tail, bias, acceleration, resamples)), resamples,
                seed);
    }

    /** The BCa percentile for nominal level {@code q}. */
    private static double adjusted(double q, double bias, double acceleration, int resamples) {
        double z = Distributions.normalQuantile(q);
        double shifted = bias + z;
        return clamp(Distributions.normalCdf(bias + shifted / (1 - acceleration * shifted)), resamples);
    }

    /** Keeps a share away from 0 and 1, where the normal quantile is infinite (all resamples on one side). */
    private static double clamp(double share, int resamples) {
        double edge = 0.5 / resamples;
        return Math.min(1 - edge, Math.max(edge, share));
    }

    /** The jackknife acceleration of the mean; 0 when the differences do not vary. */
    static double acceleration(double[] d, double mean) {
        int n = d.length;
        double squares = 0;
        double cubes = 0;
        for (double v : d) {
            // θ̄ − θ₍ᵢ₎ for the mean is (v − mean) / (n − 1); the common factor cancels in the ratio.
            double u = v - mean;
            squares += u * u;
            cubes += u * u * u;
        }
        return squares == 0 ? 0.0 : cubes / (6 * Math.pow(squares, 1.5));
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
