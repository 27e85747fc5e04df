package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The outcome of comparing a treatment with its control on the primary metric: what {@link DecisionRule} decides,
 * a run's decision on each treatment and {@code winner.json} state, and what the online analysis concludes.
 * Written by its constant names in run files.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TreatmentVerdict {
    /** The treatment is better, and the improvement may reach the minimum meaningful effect. */
    SHIP_TREATMENT,
    /** The treatment is worse: keep the control. */
    KEEP_CONTROL,
    /**
     * No difference that matters: the whole interval lies within the minimum meaningful effect of 0
     * (or the treatment is better, but by less than the minimum meaningful effect).
     */
    NO_DIFFERENCE,
    /** Inconclusive: the interval is too wide to decide; collect more cases or repeats. */
    CONTINUE
}
