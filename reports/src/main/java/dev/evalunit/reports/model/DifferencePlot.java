package dev.evalunit.reports.model;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;

/**
 * One treatment's per-case paired differences on the primary metric, sorted from worst to best, as bars from a
 * zero line: the cases behind the comparison's mean difference, so a reader sees whether a few cases or all of
 * them moved.
 *
 * @param variant        the treatment's name
 * @param metric         the primary metric
 * @param direction      its direction; for a target range the differences are of the distance to it
 * @param width          SVG width
 * @param height         SVG height
 * @param left           x of the plot area's left edge
 * @param right          x of the plot area's right edge
 * @param top            y of the plot area's top
 * @param bottom         y of the plot area's bottom
 * @param zeroY          y of the zero line
 * @param ticks          y-axis ticks
 * @param bars           one per case with a difference, worst first (every {@code every}-th of them when there
 *                       are many)
 * @param every          1 when every case has its bar, else the stride through the sorted cases
 * @param worse          cases worse under the treatment
 * @param better         cases better under it
 * @param same           cases with no difference
 */
@API(status = INTERNAL, since = "0.1")
public record DifferencePlot(String variant, String metric, Direction direction, double width, double height,
                             double left, double right, double top, double bottom, double zeroY, List<Tick> ticks,
                             List<Bar> bars, int every, int worse, int better, int same) {

    public DifferencePlot {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        ticks = List.copyOf(ticks);
        bars = List.copyOf(bars);
    }

    /** Which side of zero is worse, for the axis caption. */
    public String worseSide() {
        if (direction instanceof Direction.Within) {
            return "above 0 is worse: farther from the range; " + direction.describe();
        }
        return direction.orient(1) > 0 ? "below 0 is worse" : "above 0 is worse: " + direction.describe();
    }

    /**
     * One case's bar.
     *
     * @param caseId     the case
     * @param difference treatment minus baseline
     * @param verdict    {@code worse}, {@code better} or {@code same}
     * @param x          left edge
     * @param y          top edge
     * @param width      bar width
     * @param height     bar height (at least a hairline, so a zero difference still shows)
     */
    public record Bar(String caseId, double difference, String verdict, double x, double y, double width,
                      double height) {

        public Bar {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(verdict, "verdict");
        }
    }
}
