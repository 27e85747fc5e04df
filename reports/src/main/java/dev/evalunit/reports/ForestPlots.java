package dev.evalunit.reports;

import dev.evalunit.reports.RunExtensions.Comparison;
import dev.evalunit.reports.RunExtensions.Difference;
import dev.evalunit.reports.model.ForestPlot;
import dev.evalunit.reports.model.ForestRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the forest plots of a comparison's paired differences, one per metric (metrics have their own
 * scales), with the minimum-effect band on the primary metric's plot.
 */
final class ForestPlots {

    static final double WIDTH = 620;
    static final double LABEL_WIDTH = 170;
    static final double ROW_HEIGHT = 30;
    static final double TOP = 12;
    static final double AXIS_HEIGHT = 36;

    private ForestPlots() {
    }

    /** One plot per metric, in the order the comparison lists the differences. */
    static List<ForestPlot> of(Comparison comparison, Map<String, String> variantNames) {
        Map<String, List<Difference>> byMetric = new LinkedHashMap<>();
        comparison.differences().forEach(d -> byMetric.computeIfAbsent(d.metric(), m -> new ArrayList<>()).add(d));
        List<ForestPlot> plots = new ArrayList<>();
        byMetric.forEach((metric, differences) -> plots.add(plot(metric, differences,
                metric.equals(comparison.primaryMetric()) ? Math.abs(comparison.minimumEffect().orElse(0)) : 0,
                comparison.higherIsBetter().getOrDefault(metric, true), variantNames)));
        return plots;
    }

    private static ForestPlot plot(String metric, List<Difference> differences, double effect, boolean higherIsBetter,
                                   Map<String, String> variantNames) {
        double min = -effect;
        double max = effect;
        for (Difference d : differences) {
            min = Math.min(min, Math.min(d.low(), 0));
            max = Math.max(max, Math.max(d.high(), 0));
        }
        Axis axis = new Axis(min, max, LABEL_WIDTH + 10, WIDTH - 20);
        List<ForestRow> rows = new ArrayList<>();
        for (Difference d : differences) {
            double y = TOP + rows.size() * ROW_HEIGHT + ROW_HEIGHT / 2;
            rows.add(new ForestRow(variantNames.getOrDefault(d.variant(), d.variant()), d.metric(), d.difference(),
                    d.low(), d.high(), d.adjustedPValue().isPresent() ? d.adjustedPValue() : d.pValue(),
                    verdict(d, higherIsBetter), y, axis.at(d.difference()), axis.at(d.low()), axis.at(d.high())));
        }
        double height = TOP + rows.size() * ROW_HEIGHT + AXIS_HEIGHT;
        return new ForestPlot(metric, WIDTH, height, height - AXIS_HEIGHT, axis.at(0), axis.at(-effect),
                axis.at(effect), effect, axis.ticks("", ""), rows);
    }

    private static String verdict(Difference d, boolean higherIsBetter) {
        if (d.low() > 0) {
            return higherIsBetter ? "better" : "worse";
        }
        if (d.high() < 0) {
            return higherIsBetter ? "worse" : "better";
        }
        return "unclear";
    }
}
