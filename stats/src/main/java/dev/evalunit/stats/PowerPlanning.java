package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Sample-size planning for the paired comparison with the noncentral t, as statsmodels'
 * {@code TTestPower} computes it: with V = ω² + σ_A²/K_A + σ_B²/K_B the variance of one case's
 * difference, n cases detect a true difference δ with power
 * {@code P(|T| > t_{1−α/2, n−1})}, T noncentral t with n − 1 degrees of freedom and noncentrality
 * {@code δ·sqrt(n / V)}. The normal approximation {@code n = (z_{α/2} + z_β)² V / δ²} understates the
 * cases needed for small suites (13 instead of 15 at δ/√V = 0.8).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PowerPlanning {

    private PowerPlanning() {
    }

    /**
     * Cases needed to detect {@code effect} with the given power, rounded up.
     *
     * @param inputs variance components
     * @param effect smallest difference worth detecting, non-zero, in the metric's units
     * @param alpha  two-sided false-positive rate, e.g. 0.05
     * @param power  probability of detecting {@code effect}, in (0, 1), e.g. 0.8
     */
    public static long casesNeeded(PlanningInputs inputs, double effect, double alpha, double power) {
        requireInputs(inputs);
        if (!(effect != 0) || !Double.isFinite(effect)) {
            throw new IllegalArgumentException("effect is " + effect + "; it must be a finite, non-zero difference");
        }
        requirePower(alpha, power);
        double size = Math.abs(effect) / Math.sqrt(inputs.variancePerCase());
        // Start from the normal approximation, which the t answer exceeds by a few cases at most.
        double z = Distributions.normalQuantile(1 - alpha / 2) + Distributions.normalQuantile(power);
        long n = Math.max(2, (long) Math.min(Long.MAX_VALUE / 2, Math.floor(z * z / (size * size))) - 2);
        while (n > 2 && tPower(size, n - 1, alpha) >= power) {
            n--;
        }
        while (tPower(size, n, alpha) < power) {
            n++;
        }
        return n;
    }

    /**
     * The minimum detectable effect with {@code cases} paired cases.
     *
     * @param inputs variance components
     * @param cases  number of paired cases, at least 2
     * @param alpha  two-sided false-positive rate, e.g. 0.05
     * @param power  probability of detecting the effect, e.g. 0.8
     */
    public static double minimumDetectableEffect(PlanningInputs inputs, long cases, double alpha,
                                                 double power) {
        requireInputs(inputs);
        requireCases(cases);
        requirePower(alpha, power);
        double low = 0;
        double high = 1;
        while (tPower(high, cases, alpha) < power) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-14 * high; i++) {
            double mid = (low + high) / 2;
            if (tPower(mid, cases, alpha) < power) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2 * Math.sqrt(inputs.variancePerCase());
    }

    /**
     * The power to detect {@code effect} with {@code cases} paired cases (noncentral t, both tails).
     *
     * @param inputs variance components
     * @param cases  number of paired cases, at least 2
     * @param effect true difference, finite
     * @param alpha  two-sided false-positive rate, e.g. 0.05
     */
    public static double power(PlanningInputs inputs, long cases, double effect, double alpha) {
        requireInputs(inputs);
        requireCases(cases);
        Require.finite("effect", effect);
        Require.alpha(alpha);
        return tPower(Math.abs(effect) / Math.sqrt(inputs.variancePerCase()), cases, alpha);
    }

    /** Two-sided power of the one-sample t-test for standardized effect {@code size} with n cases. */
    private static double tPower(double size, long n, double alpha) {
        double df = n - 1.0;
        double critical = Distributions.tQuantile(1 - alpha / 2, df);
        double noncentrality = size * Math.sqrt(n);
        return 1 - NoncentralT.cdf(critical, df, noncentrality) + NoncentralT.cdf(-critical, df, noncentrality);
    }

    private static void requirePower(double alpha, double power) {
        Require.alpha(alpha);
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException(
                    "power is " + power + "; it must lie strictly between 0 and 1, e.g. 0.8");
        }
    }

    private static void requireInputs(PlanningInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs is null; give the variance components");
        }
    }

    private static void requireCases(long cases) {
        if (cases < 2) {
            throw new IllegalArgumentException("cases is " + cases + "; the t-test needs at least 2");
        }
    }
}
