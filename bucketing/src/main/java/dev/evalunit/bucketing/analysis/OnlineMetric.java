package dev.evalunit.bucketing.analysis;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** The online metrics the analysis compares, each with the direction that counts as better. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum OnlineMetric {
    /** Mean user rating (Welch's t-test). */
    RATING(Direction.HIGHER, false),
    /** Mean latency in ms (Welch's t-test). */
    LATENCY(Direction.LOWER, false),
    /** Mean cost per request in USD (Welch's t-test). */
    COST(Direction.LOWER, false),
    /** Share of requests that failed (two-proportion test). */
    ERROR_RATE(Direction.LOWER, true),
    /** Share of successes among requests that reported one (two-proportion test). */
    SUCCESS_RATE(Direction.HIGHER, true);

    private final Direction direction;
    private final boolean proportion;

    OnlineMetric(Direction direction, boolean proportion) {
        this.direction = direction;
        this.proportion = proportion;
    }

    /** Which way the metric improves: higher or lower (an online metric has no target range). */
    public Direction direction() {
        return direction;
    }

    /** Whether the metric is a rate of binary events (two-proportion test) rather than a mean (Welch). */
    public boolean proportion() {
        return proportion;
    }
}
