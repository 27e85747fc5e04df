package dev.evalunit.reports.model;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Paired differences of one metric against the baseline, one row per variant, drawn against the
 * minimum-effect band when the metric is the primary one. Coordinates are SVG user units.
 *
 * @param metric        the metric
 * @param direction     which way it improves; for a target range the differences are of the distance to it
 * @param width         chart width
 * @param height        chart height
 * @param plotBottom    y of the x axis, below the last row
 * @param zeroX         x of a zero difference
 * @param bandLowX      x of −minimum effect (equal to {@code zeroX} when no band applies)
 * @param bandHighX     x of +minimum effect
 * @param minimumEffect the minimum meaningful effect (0 when no band applies)
 * @param ticks         x-axis ticks
 * @param rows          the differences, top to bottom
 */
@API(status = INTERNAL, since = "0.1")
public record ForestPlot(String metric, Direction direction, double width, double height, double plotBottom, double zeroX, double bandLowX, double bandHighX,
                         double minimumEffect, List<Tick> ticks, List<ForestRow> rows) {

    public ForestPlot {
        java.util.Objects.requireNonNull(metric, "metric");
        java.util.Objects.requireNonNull(direction, "direction");
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    /** How to read the differences, e.g. {@code higher is better}; for a target range, of the distance to it. */
    public String reading() {
        return direction instanceof Direction.Within
                ? "differences of the distance to the range: " + direction.describe() : direction.describe();
    }
}
