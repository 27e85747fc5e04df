package dev.evalunit.judges;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The pass bar of a metric and which side of it passes. A suite's {@code threshold} always means "at least"
 * (the engine applies it that way too); a metric where smaller is better (a distance, latency, cost, tokens)
 * takes its bar from the scorer's {@code max} option instead.
 *
 * @param bound     the bar
 * @param direction which side of the bar passes: {@link Direction#HIGHER} (value &ge; bound) or
 *                  {@link Direction#LOWER} (value &le; bound); also the way the metric improves
 */
@API(status = INTERNAL, since = "0.1")
public record Threshold(double bound, Direction direction) {

    public Threshold {
        if (direction instanceof Direction.Within) {
            throw new IllegalArgumentException("a bar is passed on one side, higher or lower; was " + direction);
        }
    }

    /** The suite's threshold if it set one, else the fallback. */
    public static Threshold of(ScorerSpec spec, double fallback, Direction direction) {
        return new Threshold(spec.threshold().orElse(fallback), direction);
    }

    /**
     * The suite's threshold, or none: a measurement where larger is better (a similarity, a judge score)
     * passes unless the suite sets a bar for it.
     */
    public static Threshold atLeast(ScorerSpec spec) {
        return of(spec, Double.NEGATIVE_INFINITY, Direction.HIGHER);
    }

    /**
     * The bar of a smaller-is-better metric: option {@code max}.
     *
     * @param required whether the scorer is pointless without it
     * @param unit     the unit of the value, for messages
     * @throws ScorerConfigException when the suite set a threshold (which means "at least") or {@code max} is
     *                               missing or negative
     */
    public static Threshold atMost(Options options, boolean required, String unit) throws ScorerConfigException {
        if (options.spec().threshold().isPresent()) {
            throw options.problem("sets a threshold, which means 'at least'; this metric is better when smaller, "
                    + "so set option 'max' (the largest acceptable value in " + unit + ") instead");
        }
        Optional<Double> max = options.number("max");
        if (max.isEmpty() && required) {
            throw options.problem("max", "is required: the largest acceptable value in " + unit);
        }
        if (max.isPresent() && max.get() < 0) {
            throw options.problem("max", "must be >= 0, was " + max.get());
        }
        return new Threshold(max.orElse(Double.POSITIVE_INFINITY), Direction.LOWER);
    }

    public boolean passes(double value) {
        return direction == Direction.HIGHER ? value >= bound : value <= bound;
    }

    /** A short explanation such as {@code 0.82 >= 0.8}. */
    public String explain(double value) {
        if (Double.isInfinite(bound)) {
            return format(value) + ", no threshold set";
        }
        String op = direction == Direction.HIGHER ? (passes(value) ? ">=" : "<") : (passes(value) ? "<=" : ">");
        return format(value) + " " + op + " " + format(bound);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
