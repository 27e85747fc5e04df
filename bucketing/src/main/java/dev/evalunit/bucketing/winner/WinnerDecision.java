package dev.evalunit.bucketing.winner;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** The offline comparison's verdict on the treatment, as written in {@code winner.json}. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum WinnerDecision {
    /** The treatment is better by at least the minimum meaningful effect: roll it out. */
    SHIP_TREATMENT,
    /** The control is better: keep it. */
    KEEP_CONTROL,
    /** Enough evidence that the difference is smaller than the minimum meaningful effect: keep the control. */
    NO_DIFFERENCE,
    /** Not enough evidence either way yet: keep the control and collect more data. */
    CONTINUE
}
