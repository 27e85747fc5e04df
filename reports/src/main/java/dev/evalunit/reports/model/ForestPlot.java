package dev.evalunit.reports.model;

import java.util.List;

/**
 * Paired differences against the baseline, one row per (variant, metric), drawn against the
 * minimum-effect band. Coordinates are SVG user units.
 *
 * @param width         chart width
 * @param height        chart height
 * @param plotBottom    y of the x axis, below the last row
 * @param zeroX         x of a zero difference
 * @param bandLowX      x of −minimum effect (equal to {@code zeroX} when no minimum effect is set)
 * @param bandHighX     x of +minimum effect
 * @param minimumEffect the minimum meaningful effect
 * @param ticks         x-axis ticks
 * @param rows          the differences, top to bottom
 */
public record ForestPlot(double width, double height, double plotBottom, double zeroX, double bandLowX, double bandHighX,
                         double minimumEffect, List<Tick> ticks, List<ForestRow> rows) {

    public ForestPlot {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }
}
