package dev.evalunit.bucketing.analysis;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** The online metrics the analysis compares, each with the direction that counts as better. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum OnlineMetric {
    /** Mean user rating (Welch's t-test). */
    RATING(true, false),
    /** Mean latency in ms (Welch's t-test). */
    LATENCY(false, false),
    /** Mean cost per request in USD (Welch's t-test). */
    COST(false, false),
    /** Share of requests that failed (two-proportion test). */
    ERROR_RATE(false, true),
    /** Share of successes among requests that reported one (two-proportion test). */
    SUCCESS_RATE(true, true);

    private final boolean higherIsBetter;
    private final boolean proportion;

    OnlineMetric(boolean higherIsBetter, boolean proportion) {
        this.higherIsBetter = higherIsBetter;
        this.proportion = proportion;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether the metric is a rate of binary events (two-proportion test) rather than a mean (Welch). */
    public boolean proportion() {
        return proportion;
    }
}
