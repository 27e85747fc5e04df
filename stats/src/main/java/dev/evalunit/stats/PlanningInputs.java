package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The variance components that decide how precise a paired comparison is: per case, the difference of
 * the two variants' repeat means has variance {@code ω² + σ_A²/K_A + σ_B²/K_B}.
 *
 * @param betweenCaseVariance     ω², variance of the true per-case differences between the variants
 * @param withinVarianceControl   σ_A², repeat variance of the control within a case
 * @param repeatsControl          K_A, repeats per case under the control, at least 1
 * @param withinVarianceTreatment σ_B², repeat variance of the treatment within a case
 * @param repeatsTreatment        K_B, repeats per case under the treatment, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlanningInputs(double betweenCaseVariance, double withinVarianceControl, int repeatsControl,
                             double withinVarianceTreatment, int repeatsTreatment) {

    /** Validates the inputs. */
    public PlanningInputs {
        Require.nonNegative("betweenCaseVariance", betweenCaseVariance);
        Require.nonNegative("withinVarianceControl", withinVarianceControl);
        Require.nonNegative("withinVarianceTreatment", withinVarianceTreatment);
        if (repeatsControl < 1 || repeatsTreatment < 1) {
            throw new IllegalArgumentException("repeatsControl (" + repeatsControl + ") and repeatsTreatment ("
                    + repeatsTreatment + ") must both be at least 1");
        }
        if (betweenCaseVariance + withinVarianceControl + withinVarianceTreatment == 0) {
            throw new IllegalArgumentException(
                    "all variances are 0; with no variation any effect is detectable with 1 case");
        }
    }

    /**
     * Estimates the inputs from a finished (or pilot) run: σ² of each variant from its repeats, K as the
     * rounded mean repeat count, and ω² as the variance of the per-case differences minus the repeat noise
     * it contains, {@code max(0, var(d) − σ_A²·mean(1/k_A) − σ_B²·mean(1/k_B))}.
     *
     * @param control   {@code control[case][repeat]}; needs a case with 2 or more repeats
     * @param treatment {@code treatment[case][repeat]}, same cases in the same order
     */
    public static PlanningInputs estimate(double[][] control, double[][] treatment) {
        PairedCases cases = PairedCases.of(control, treatment);
        cases.requireAtLeast(2, "estimating the variance components");
        double sigmaA = VarianceDecomposition.of(control).withinCaseVariance();
        double sigmaB = VarianceDecomposition.of(treatment).withinCaseVariance();
        int[] kept = cases.caseIndices();
        double inverseA = 0;
        double inverseB = 0;
        for (int i : kept) {
            inverseA += 1.0 / control[i].length;
            inverseB += 1.0 / treatment[i].length;
        }
        double[] d = cases.differencesView();
        double varianceOfDifferences = Descriptive.variance(d, Descriptive.mean(d));
        double omega2 = Math.max(0.0,
                varianceOfDifferences - sigmaA * inverseA / kept.length - sigmaB * inverseB / kept.length);
        return new PlanningInputs(omega2, sigmaA, (int) Math.round(kept.length / inverseA), sigmaB,
                (int) Math.round(kept.length / inverseB));
    }

    /** Variance of one case's difference of repeat means, {@code ω² + σ_A²/K_A + σ_B²/K_B}. */
    public double variancePerCase() {
        return betweenCaseVariance + withinVarianceControl / repeatsControl
                + withinVarianceTreatment / repeatsTreatment;
    }
}
