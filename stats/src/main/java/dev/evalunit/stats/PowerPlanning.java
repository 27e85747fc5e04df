package dev.evalunit.stats;

/**
 * Sample-size planning for the paired comparison, from the normal approximation
 * {@code n = (z_{α/2} + z_β)² (ω² + σ_A²/K_A + σ_B²/K_B) / δ²} (two-sided α, power 1 − β).
 */
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
        double z = zSum(alpha, power);
        return (long) Math.ceil(z * z * inputs.variancePerCase() / (effect * effect));
    }

    /**
     * The minimum detectable effect with {@code cases} paired cases.
     *
     * @param inputs variance components
     * @param cases  number of paired cases, at least 1
     * @param alpha  two-sided false-positive rate, e.g. 0.05
     * @param power  probability of detecting the effect, e.g. 0.8
     */
    public static double minimumDetectableEffect(PlanningInputs inputs, long cases, double alpha,
                                                 double power) {
        requireInputs(inputs);
        requireCases(cases);
        return zSum(alpha, power) * Math.sqrt(inputs.variancePerCase() / cases);
    }

    /**
     * The power to detect {@code effect} with {@code cases} paired cases, {@code Φ(|δ|/SE − z_{α/2})}.
     *
     * @param inputs variance components
     * @param cases  number of paired cases, at least 1
     * @param effect true difference, finite
     * @param alpha  two-sided false-positive rate, e.g. 0.05
     */
    public static double power(PlanningInputs inputs, long cases, double effect, double alpha) {
        requireInputs(inputs);
        requireCases(cases);
        Require.finite("effect", effect);
        double se = Math.sqrt(inputs.variancePerCase() / cases);
        double zAlpha = Distributions.normalQuantile(1 - Require.alpha(alpha) / 2);
        return Distributions.normalCdf(Math.abs(effect) / se - zAlpha);
    }

    private static double zSum(double alpha, double power) {
        Require.alpha(alpha);
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException(
                    "power is " + power + "; it must lie strictly between 0 and 1, e.g. 0.8");
        }
        return Distributions.normalQuantile(1 - alpha / 2) + Distributions.normalQuantile(power);
    }

    private static void requireInputs(PlanningInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs is null; give the variance components");
        }
    }

    private static void requireCases(long cases) {
        if (cases < 1) {
            throw new IllegalArgumentException("cases is " + cases + "; it must be at least 1");
        }
    }
}
