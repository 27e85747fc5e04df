package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Which way a metric improves. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Direction {
    /** Larger is better (accuracy, pass rate, judge score). */
    HIGHER_IS_BETTER,
    /** Smaller is better (latency, cost, error rate). */
    LOWER_IS_BETTER;

    /** Turns a treatment − control difference into "improvement": positive means the treatment is better. */
    double orient(double difference) {
        return this == HIGHER_IS_BETTER ? difference : -difference;
    }
}
