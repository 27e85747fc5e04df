package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The 2×2 table of a binary metric scored under two variants on the same cases.
 *
 * @param both          cases passed under both variants
 * @param treatmentOnly cases passed under the treatment only
 * @param controlOnly   cases passed under the control only
 * @param neither       cases failed under both
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PairedTable(long both, long treatmentOnly, long controlOnly, long neither) {

    /** Validates the counts. */
    public PairedTable {
        Require.count("both", both);
        Require.count("treatmentOnly", treatmentOnly);
        Require.count("controlOnly", controlOnly);
        Require.count("neither", neither);
    }

    /**
     * Tabulates per-case outcomes.
     *
     * @param control   pass/fail per case under the control
     * @param treatment pass/fail per case under the treatment, same cases in the same order
     */
    public static PairedTable of(boolean[] control, boolean[] treatment) {
        if (control == null || treatment == null) {
            throw new IllegalArgumentException("control and treatment outcomes must both be given");
        }
        Require.sameLength("control", control.length, "treatment", treatment.length, "case");
        long both = 0;
        long treatmentOnly = 0;
        long controlOnly = 0;
        for (int i = 0; i < control.length; i++) {
            if (control[i] && treatment[i]) {
                both++;
            } else if (treatment[i]) {
                treatmentOnly++;
            } else if (control[i]) {
                controlOnly++;
            }
        }
        return new PairedTable(both, treatmentOnly, controlOnly, control.length - both - treatmentOnly - controlOnly);
    }

    /** Number of cases. */
    public long total() {
        return both + treatmentOnly + controlOnly + neither;
    }

    /**
     * Treatment pass rate minus control pass rate, {@code (treatmentOnly − controlOnly) / total}.
     *
     * @throws IllegalArgumentException when the table has no case
     */
    public double difference() {
        if (total() == 0) {
            throw new IllegalArgumentException("the paired table has no case; a difference of pass rates needs at"
                    + " least 1");
        }
        return (double) (treatmentOnly - controlOnly) / total();
    }
}
