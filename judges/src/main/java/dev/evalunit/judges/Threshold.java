package dev.evalunit.judges;

import dev.evalunit.api.ScorerSpec;

import java.util.Locale;

/**
 * The pass bar of a metric: the suite's {@code threshold} or the scorer's default, and whether larger
 * values are better (similarities, judge scores) or worse (distances, latency, cost).
 *
 * @param bound     the bar
 * @param direction which side of the bar passes
 */
public record Threshold(double bound, Direction direction) {

    /** Which side of the bar passes. */
    public enum Direction {
        /** value &ge; bound passes. */
        AT_LEAST,
        /** value &le; bound passes. */
        AT_MOST
    }

    /** The suite's threshold if it set one, else the fallback. */
    public static Threshold of(ScorerSpec spec, double fallback, Direction direction) {
        return new Threshold(spec.threshold().orElse(fallback), direction);
    }

    /**
     * The suite's threshold, or none: a measurement (a similarity, a judge score) passes unless the suite
     * sets a bar for it.
     */
    public static Threshold optional(ScorerSpec spec, Direction direction) {
        double none = direction == Direction.AT_LEAST ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return of(spec, none, direction);
    }

    public boolean passes(double value) {
        return direction == Direction.AT_LEAST ? value >= bound : value <= bound;
    }

    /** A short explanation such as {@code 0.82 >= 0.8}. */
    public String explain(double value) {
        if (Double.isInfinite(bound)) {
            return format(value) + ", no threshold set";
        }
        String op = direction == Direction.AT_LEAST ? (passes(value) ? ">=" : "<") : (passes(value) ? "<=" : ">");
        return format(value) + " " + op + " " + format(bound);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
