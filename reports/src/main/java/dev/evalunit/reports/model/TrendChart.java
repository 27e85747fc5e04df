package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;

/**
 * The primary metric of each variant over the suite's recent full runs (from {@code history.jsonl}), one line per
 * variant with each run's interval. Coordinates are SVG user units.
 *
 * @param metric the primary metric
 * @param width  chart width
 * @param height chart height
 * @param left   x of the y axis
 * @param right  x of the last run
 * @param bottom y of the x axis
 * @param yTicks y-axis ticks
 * @param runs   the runs along the x axis, oldest first
 * @param lines  one line per variant
 */
@API(status = INTERNAL, since = "0.1")
public record TrendChart(String metric, double width, double height, double left, double right, double bottom,
                         List<Tick> yTicks, List<TrendRun> runs, List<TrendLine> lines) {

    public TrendChart {
        Objects.requireNonNull(metric, "metric");
        yTicks = List.copyOf(yTicks);
        runs = List.copyOf(runs);
        lines = List.copyOf(lines);
    }

    /**
     * One run on the x axis.
     *
     * @param x      its position
     * @param runId  the run
     * @param label  the commit (short) or, without one, the run id
     * @param date   when it finished
     * @param current whether it is the run this report is about
     */
    public record TrendRun(double x, String runId, String label, String date, boolean current) {
    }

    /**
     * A variant's line.
     *
     * @param variant the variant
     * @param colour  its colour
     * @param path    the SVG polyline points
     * @param points  its runs
     */
    public record TrendLine(String variant, String colour, String path, List<TrendPoint> points) {

        public TrendLine {
            points = List.copyOf(points);
        }
    }

    /**
     * A variant's value in one run.
     *
     * @param x     x of the run
     * @param y     y of the mean
     * @param lowY  y of the interval's low end (equal to {@code y} without an interval)
     * @param highY y of the interval's high end
     * @param title the tooltip: run, commit, mean and interval, gates
     */
    public record TrendPoint(double x, double y, double lowY, double highY, String title) {
    }
}
