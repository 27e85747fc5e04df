package dev.evalunit.judges;

import dev.evalunit.api.run.Score;
import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A named metric with its pass bar: the one place where scorers turn a value into a {@link Score}.
 *
 * @param name      the metric name scores carry
 * @param threshold the pass bar
 */
@API(status = INTERNAL, since = "0.1")
public record Metric(String name, Threshold threshold) {

    /** A 1/0 check: passes at 1. */
    public static Metric check(String name) {
        return new Metric(name, new Threshold(1.0, Direction.HIGHER));
    }

    /** Which way the metric improves: the side of its bar that passes. */
    public Direction direction() {
        return threshold.direction();
    }

    /** A measured value judged against the threshold; the reason says what was measured and how it compares. */
    public Score score(double value, String what) {
        return Score.of(name, value, threshold.passes(value), what + " (" + threshold.explain(value) + ")");
    }

    /** A measured value with structured details. */
    public Score score(double value, String what, Map<String, Object> details) {
        return score(value, what).withDetails(details);
    }

    /** A pass/fail check worth 1 or 0. */
    public Score check(boolean passed, String reason) {
        return Score.check(name, passed, reason);
    }

    /** An error score: no value, what went wrong, the raw text. */
    public Score error(String error, String raw) {
        return Score.error(name, error, raw);
    }
}
