package dev.evalunit.reports;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.reports.model.ForestPlot;
import dev.evalunit.reports.model.ForestRow;
import dev.evalunit.stats.Direction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out the forest plots of a comparison's paired differences, one per metric (metrics have their own
 * scales), with the minimum-effect band on the primary metric's plot.
 */
final class ForestPlots {

    static final double WIDTH = 560;
    static final double LABEL_WIDTH = 150;
    static final double ROW_HEIGHT = 30;
    static final double TOP = 12;
    static final double AXIS_HEIGHT = 36;
    /** Room right of the axis for half of the last tick's label (up to 8 characters). */
    static final double RIGHT_MARGIN = 32;

    private ForestPlots() {
    }

    /** One plot per paired metric that has differences, in the comparison's order (primary first). */
    static List<ForestPlot> of(Comparison comparison, Map<String, String> variantNames) {
        List<ForestPlot> plots = new ArrayList<>();
        for (MetricComparison metric : comparison.metrics()) {
            if (metric.paired() && !metric.differences().isEmpty()) {
                plots.add(plot(metric.name(), metric.differences(),
                        metric.name().equals(comparison.primaryMetric()) ? Math.abs(comparison.minimumEffect()) : 0,
                        metric.direction(), variantNames));
            }
        }
        return plots;
    }

    private static ForestPlot plot(String metric, List<MetricDifference> differences, double effect, Direction direction,
                                   Map<String, String> variantNames) {
        double min = -effect;
        double max = effect;
        for (MetricDifference d : differences) {
            min = Math.min(min, Math.min(d.ciLow(), 0));
            max = Math.max(max, Math.max(d.ciHigh(), 0));
        }
        Axis axis = new Axis(min, max, LABEL_WIDTH + 10, WIDTH - RIGHT_MARGIN);
        List<ForestRow> rows = new ArrayList<>();
        for (MetricDifference d : differences) {
            double y = TOP + rows.size() * ROW_HEIGHT + ROW_HEIGHT / 2;
            rows.add(new ForestRow(variantNames.getOrDefault(d.variantId(), d.variantId()), metric, d,
                    side(d, direction), new ForestRow.Position(y, axis.at(d.difference()), axis.at(d.ciLow()),
                    axis.at(d.ciHigh()))));
        }
        double height = TOP + rows.size() * ROW_HEIGHT + AXIS_HEIGHT;
        return new ForestPlot(metric, direction, WIDTH, height, height - AXIS_HEIGHT, axis.at(0), axis.at(-effect),
                axis.at(effect), effect, axis.ticks("", ""), rows);
    }

    private static ForestRow.Side side(MetricDifference d, Direction direction) {
        double low = direction.orient(d.ciLow());
        double high = direction.orient(d.ciHigh());
        if (Math.min(low, high) > 0) {
            return ForestRow.Side.BETTER;
        }
        if (Math.max(low, high) < 0) {
            return ForestRow.Side.WORSE;
        }
        return ForestRow.Side.UNCLEAR;
    }
}
