package dev.evalunit.engine.suite;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A suite's {@code compare} block: how its variants are compared with the baseline.
 *
 * @param baseline       the control variant's id
 * @param primary        the metric decisions are taken on (a paired metric)
 * @param secondary      further metrics to compare; empty means every other metric the run produced
 * @param alpha          two-sided false-positive rate, in (0, 1)
 * @param minEffect      the smallest primary-metric improvement worth shipping, ≥ 0
 * @param correction     how p-values are adjusted over all compared (metric, variant) pairs
 * @param directions     directions of scorer metrics that differ from the default (higher is better): those
 *                       the suite sets in {@code compare.directions}, else those the scorers declare
 * @param source         where the block is, for the comparison node
 */
@API(status = INTERNAL, since = "0.1")
public record CompareSpec(String baseline, String primary, List<String> secondary, double alpha, double minEffect,
                          Correction correction, Map<String, Direction> directions, TestSource source) {

    /** Multiple-comparison corrections. */
    public enum Correction {
        /** Holm's step-down procedure (family-wise error rate). */
        HOLM,
        /** Benjamini–Hochberg (false discovery rate). */
        BH
    }

    public CompareSpec {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(primary, "primary");
        secondary = List.copyOf(secondary);
        Objects.requireNonNull(correction, "correction");
        directions = Map.copyOf(directions);
        Objects.requireNonNull(source, "source");
    }

    /** Which way a metric improves: the suite's or its scorer's direction, else the built-in's, else higher. */
    public Direction direction(String metric) {
        Direction set = directions.get(metric);
        if (set != null) {
            return set;
        }
        return BuiltInMetric.named(metric).map(BuiltInMetric::direction).orElse(Direction.HIGHER);
    }
}
