package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The same cases scored under two variants, reduced to one mean per case and variant. A case is kept only
 * when both variants have at least one valid repeat for it; the others are dropped and counted, so a
 * failed call under one variant never biases the comparison. Immutable; accessors return copies.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PairedCases {

    private final double[] control;
    private final double[] treatment;
    private final double[] differences;
    private final int[] caseIndices;
    private final int droppedCases;

    private PairedCases(double[] control, double[] treatment, int[] caseIndices, int droppedCases) {
        this.control = control;
        this.treatment = treatment;
        this.caseIndices = caseIndices;
        this.droppedCases = droppedCases;
        this.differences = new double[control.length];
        for (int i = 0; i < control.length; i++) {
            differences[i] = treatment[i] - control[i];
        }
    }

    /**
     * Pairs repeat scores case by case.
     *
     * @param control   {@code control[case][repeat]}, finite; an empty row is a case with no valid repeat
     * @param treatment {@code treatment[case][repeat]}, same cases in the same order
     */
    public static PairedCases of(double[][] control, double[][] treatment) {
        CaseMeans.requireValid("control", control);
        CaseMeans.requireValid("treatment", treatment);
        Require.sameLength("control", control.length, "treatment", treatment.length, "case");
        int kept = 0;
        for (int i = 0; i < control.length; i++) {
            kept += control[i].length > 0 && treatment[i].length > 0 ? 1 : 0;
        }
        double[] a = new double[kept];
        double[] b = new double[kept];
        int[] indices = new int[kept];
        int j = 0;
        for (int i = 0; i < control.length; i++) {
            if (control[i].length > 0 && treatment[i].length > 0) {
                a[j] = Descriptive.mean(control[i]);
                b[j] = Descriptive.mean(treatment[i]);
                indices[j++] = i;
            }
        }
        return new PairedCases(a, b, indices, control.length - kept);
    }

    /**
     * Pairs one score (or precomputed mean) per case.
     *
     * @param control   per-case control values, finite
     * @param treatment per-case treatment values, same cases in the same order
     */
    public static PairedCases ofMeans(double[] control, double[] treatment) {
        Require.finite("control", control);
        Require.finite("treatment", treatment);
        Require.sameLength("control", control.length, "treatment", treatment.length, "case");
        int[] indices = new int[control.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return new PairedCases(control.clone(), treatment.clone(), indices, 0);
    }

    /** Number of paired cases kept. */
    public int size() {
        return control.length;
    }

    /** Number of cases dropped because a variant had no valid repeat for them. */
    public int droppedCases() {
        return droppedCases;
    }

    /** Per-case control means of the kept cases. */
    public double[] controlMeans() {
        return control.clone();
    }

    /** Per-case treatment means of the kept cases. */
    public double[] treatmentMeans() {
        return treatment.clone();
    }

    /** Per-case differences {@code treatment − control} of the kept cases. */
    public double[] differences() {
        return differences.clone();
    }

    /** Position of each kept case in the input, to line up per-case data such as cluster keys. */
    public int[] caseIndices() {
        return caseIndices.clone();
    }

    /** The differences without a copy, for the statistics in this package, which never write to it. */
    double[] differencesView() {
        return differences;
    }

    double controlMean() {
        return Descriptive.mean(control);
    }

    double treatmentMean() {
        return Descriptive.mean(treatment);
    }

    /** Fails with a message when fewer than {@code min} cases are paired. */
    void requireAtLeast(int min, String what) {
        if (size() < min) {
            throw new IllegalArgumentException(size() + " paired case(s) (" + droppedCases
                    + " dropped for lack of a valid repeat); " + what + " needs at least " + min);
        }
    }
}
