package dev.evalunit.stats;

/**
 * Per-case means of repeat scores ({@code scores[case][repeat]}). A case with no valid repeat (all its
 * samples failed) has no mean; callers decide whether to drop it.
 */
final class CaseMeans {

    private CaseMeans() {
    }

    /** Validates repeat scores: no null rows, every value finite. */
    static void requireValid(String name, double[][] scores) {
        if (scores == null) {
            throw new IllegalArgumentException(name + " is null; pass one array of repeat scores per case");
        }
        for (int i = 0; i < scores.length; i++) {
            double[] repeats = scores[i];
            if (repeats == null) {
                throw new IllegalArgumentException(name + "[" + i
                        + "] is null; pass an empty array for a case with no valid repeats");
            }
            for (int k = 0; k < repeats.length; k++) {
                Require.value(name + "[" + i + "][" + k + "]", repeats[k]);
            }
        }
    }

    /** Means of the cases that have at least one repeat, in case order. */
    static double[] nonEmpty(String name, double[][] scores) {
        requireValid(name, scores);
        int kept = 0;
        for (double[] repeats : scores) {
            kept += repeats.length > 0 ? 1 : 0;
        }
        double[] means = new double[kept];
        int j = 0;
        for (double[] repeats : scores) {
            if (repeats.length > 0) {
                means[j++] = Descriptive.mean(repeats);
            }
        }
        return means;
    }
}
