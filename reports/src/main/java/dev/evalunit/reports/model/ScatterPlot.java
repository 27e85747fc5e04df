package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A quality-versus-cost (or latency) scatter, one point per variant; Pareto-optimal points are marked.
 * Coordinates are SVG user units.
 *
 * @param title  what is plotted
 * @param xLabel the x axis (cost or latency; lower is better)
 * @param yLabel the y axis (the primary metric)
 * @param width  chart width
 * @param height chart height
 * @param left   x of the y axis
 * @param right  right edge of the plot area
 * @param top    top edge of the plot area
 * @param bottom y of the x axis
 * @param xTicks x-axis ticks
 * @param yTicks y-axis ticks
 * @param points the variants that have both values
 * @param note   why some variants are missing, if any are
 */
@API(status = INTERNAL, since = "0.1")
public record ScatterPlot(String title, String xLabel, String yLabel, double width, double height,
                          double left, double right, double top, double bottom,
                          List<Tick> xTicks, List<Tick> yTicks, List<ScatterPoint> points, Optional<String> note) {

    public ScatterPlot {
        Objects.requireNonNull(title, "title");
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        points = List.copyOf(points);
        Objects.requireNonNull(note, "note");
    }
}
