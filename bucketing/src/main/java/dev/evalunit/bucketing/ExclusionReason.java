package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Why a unit gets no variant and should run the default (baseline) config. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ExclusionReason {
    /** No experiment with that id is registered. */
    UNKNOWN_EXPERIMENT,
    /** The experiment's {@code active} flag is off. */
    INACTIVE,
    /** Before the experiment's start date. */
    NOT_STARTED,
    /** After the experiment's end date. */
    ENDED,
    /** Stopped through the kill switch's flag source. */
    KILLED,
    /** Paused, by a guardrail or by hand. */
    PAUSED,
    /** In the holdback range that no experiment takes. */
    HOLDBACK,
    /** Outside the experiment's target traffic. */
    NOT_IN_TRAFFIC
}
