package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The sample-ratio-mismatch (SRM) check: Pearson's chi-square goodness-of-fit test of the users counted
 * in each arm against the configured split. A very small p-value means assignment or logging is broken.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SampleRatioCheck {

    /** The conventional SRM alarm level: a p-value below 0.001 flags a mismatch. */
    public static final double DEFAULT_THRESHOLD = 0.001;

    private SampleRatioCheck() {
    }

    /** Checks with the {@link #DEFAULT_THRESHOLD}. */
    public static SrmResult check(long[] observed, double[] weights) {
        return check(observed, weights, DEFAULT_THRESHOLD);
    }

    /**
     * Checks observed arm counts against the configured weights.
     *
     * @param observed  users counted per arm, at least 2 arms, total at least 1
     * @param weights   configured weight per arm (any positive scale, e.g. 50/50 or 0.9/0.1)
     * @param threshold p-value below which the split counts as mismatched, in (0, 1)
     */
    public static SrmResult check(long[] observed, double[] weights, double threshold) {
        if (observed == null || weights == null) {
            throw new IllegalArgumentException("observed and weights must both be given, one entry per arm");
        }
        if (observed.length < 2) {
            throw new IllegalArgumentException(
                    "observed has " + observed.length + " arm(s); a split check needs at least 2");
        }
        if (observed.length != weights.length) {
            throw new IllegalArgumentException("observed has " + observed.length + " arms but weights has "
                    + weights.length + "; give one weight per arm");
        }
        Require.alpha(threshold);
        long total = 0;
        double weightSum = 0;
        for (int i = 0; i < observed.length; i++) {
            Require.count("observed[" + i + "]", observed[i]);
            Require.positive("weights[" + i + "]", weights[i]);
            total += observed[i];
            weightSum += weights[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException("observed counts sum to 0; there is no traffic to check yet");
        }
        double chiSquare = 0;
        for (int i = 0; i < observed.length; i++) {
            double expected = total * weights[i] / weightSum;
            double d = observed[i] - expected;
            chiSquare += d * d / expected;
        }
        int df = observed.length - 1;
        double p = Distributions.chiSquareUpper(chiSquare, df);
        return new SrmResult(chiSquare, df, p, threshold, p < threshold);
    }
}
