package dev.evalunit.reports.model;

import dev.evalunit.api.run.MetricDifference;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One paired difference in the forest plot: what it says and where it is drawn.
 *
 * @param variant    the treatment variant's name
 * @param metric     the metric
 * @param statistics the paired difference against the baseline (interval, p-values, robustness checks)
 * @param side       where the interval lies, in the metric's better direction
 * @param position   where the row is drawn
 */
@API(status = INTERNAL, since = "0.1")
public record ForestRow(String variant, String metric, MetricDifference statistics, Side side,
                        Position position) {

    public ForestRow {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(position, "position");
    }

    /** Where a paired difference's interval lies. */
    public enum Side {
        /** Wholly on the better side of 0. */
        BETTER,
        /** Wholly on the worse side of 0. */
        WORSE,
        /** Across 0. */
        UNCLEAR
    }

    /** Whether the interval lies wholly on the better side of 0. */
    public boolean better() {
        return side == Side.BETTER;
    }

    /** Whether the interval lies wholly on the worse side of 0. */
    public boolean worse() {
        return side == Side.WORSE;
    }

    /**
     * Where a row is drawn, in pixels.
     *
     * @param y    the row's centre line
     * @param x    x of the difference
     * @param lowX x of the interval's low end
     * @param highX x of the interval's high end
     */
    public record Position(double y, double x, double lowX, double highX) {
    }
}
