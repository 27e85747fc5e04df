package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.Arrays;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The exact sign-flip (permutation) test of paired differences: under "no difference" each case's
 * difference is as likely to have either sign, so the two-sided p-value is the share of the 2ⁿ sign
 * patterns whose sum is at least as far from 0 as the observed one (as
 * {@code scipy.stats.permutation_test((d,), np.mean, permutation_type="samples", n_resamples=np.inf)}).
 * Exact at any sample size, it needs no normality and treats zero-variance differences as what they are:
 * n identical non-zero differences give p = 2^(1−n), never p = 0. The interval inverts the test: the
 * shifts δ for which the differences minus δ are not rejected, so the interval excludes 0 exactly when
 * p ≤ 1 − confidence. The 2ⁿ sums are counted meet-in-the-middle (two sorted halves), so n up to
 * {@link #EXACT_UP_TO} costs milliseconds.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SignFlipTest {

    /** The largest number of cases tested exactly. */
    public static final int EXACT_UP_TO = 24;
    private static final int BISECTIONS = 100;

    private SignFlipTest() {
    }

    /**
     * Tests paired cases and inverts the test into an interval for the mean difference.
     *
     * @param cases      paired cases, 1 to {@link #EXACT_UP_TO}
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static SignFlipResult test(PairedCases cases, double confidence) {
        PairedTTest.requireCases(cases);
        cases.requireAtLeast(1, "a sign-flip test");
        Require.confidence(confidence);
        double[] d = cases.differencesView();
        requireExact(d.length);
        double alpha = 1 - confidence;
        double mean = Descriptive.mean(d);
        if (d.length < minimumCases(alpha)) {
            return new SignFlipResult(d.length, mean, pValue(d, 0), Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY);
        }
        double span = Arrays.stream(d).max().orElseThrow() - Arrays.stream(d).min().orElseThrow();
        double reach = span + Math.abs(mean) + Double.MIN_NORMAL;
        return new SignFlipResult(d.length, mean, pValue(d, 0), bound(d, mean, mean - 2 * reach, alpha),
                bound(d, mean, mean + 2 * reach, alpha));
    }

    /**
     * The exact two-sided p-value of differences, at most {@link #EXACT_UP_TO}.
     *
     * @param differences finite per-case differences {@code treatment − control}, at least one
     */
    public static double pValue(double[] differences) {
        Require.atLeast("differences", differences, 1, "a sign-flip test");
        requireExact(differences.length);
        return pValue(differences, 0);
    }

    /**
     * The fewest cases with which the exact test can reach {@code alpha}: its smallest p-value is 2^(1−n),
     * so fewer cases can never show a difference, however large. 6 at α = 0.05, 7 at 0.025, 8 at 0.01.
     */
    public static int minimumCases(double alpha) {
        Require.alpha(alpha);
        int n = 1;
        while (Math.pow(2, 1 - n) > alpha) {
            n++;
        }
        return n;
    }

    private static void requireExact(int n) {
        if (n > EXACT_UP_TO) {
            throw new IllegalArgumentException(n + " cases; the exact sign-flip test enumerates at most "
                    + EXACT_UP_TO + " (use the paired t-test above that)");
        }
    }

    /**
     * Bisects between an accepted shift (the mean, p = 1) and a rejected one (beyond every difference,
     * p = 2^(1−n) ≤ α) for the outermost accepted shift.
     */
    private static double bound(double[] d, double accepted, double rejected, double alpha) {
        double in = accepted;
        double out = rejected;
        for (int i = 0; i < BISECTIONS && in != out; i++) {
            double mid = in + (out - in) / 2;
            if (mid == in || mid == out) {
                break;
            }
            if (pValue(d, mid) > alpha) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }

    /** P(|Σ s_i (d_i − shift)| ≥ |Σ (d_i − shift)|) over the 2ⁿ equally likely sign patterns s. */
    private static double pValue(double[] d, double shift) {
        int n = d.length;
        double[] x = new double[n];
        double scale = 0;
        double observed = 0;
        for (int i = 0; i < n; i++) {
            x[i] = d[i] - shift;
            scale += Math.abs(x[i]);
            observed += x[i];
        }
        // Sums equal to the observed one in exact arithmetic may differ by rounding; count them as reached.
        double threshold = Math.abs(observed) - 1e-9 * scale;
        if (threshold <= 0) {
            return 1.0;
        }
        double[] left = signedSums(x, 0, n / 2);
        double[] right = signedSums(x, n / 2, n);
        Arrays.sort(right);
        long extreme = 0;
        for (double a : left) {
            extreme += right.length - Descriptive.lowerBound(right, threshold - a);
            extreme += Descriptive.lowerBound(right, Math.nextUp(-threshold - a));
        }
        return Math.min(1.0, extreme / Math.pow(2, n));
    }

    /** The 2^(to − from) sums of ±x[i] over i in [from, to). */
    private static double[] signedSums(double[] x, int from, int to) {
        double[] sums = {0.0};
        for (int i = from; i < to; i++) {
            double[] next = new double[sums.length * 2];
            for (int j = 0; j < sums.length; j++) {
                next[2 * j] = sums[j] + x[i];
                next[2 * j + 1] = sums[j] - x[i];
            }
            sums = next;
        }
        return sums;
    }
}
