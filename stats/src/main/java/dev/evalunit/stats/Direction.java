package dev.evalunit.stats;

/** Which way a metric improves. */
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
