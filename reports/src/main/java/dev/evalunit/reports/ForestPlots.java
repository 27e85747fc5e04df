package dev.evalunit.reports;

import dev.evalunit.reports.RunExtensions.Comparison;
import dev.evalunit.reports.RunExtensions.Difference;
import dev.evalunit.reports.model.ForestPlot;
import dev.evalunit.reports.model.ForestRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lays out the forest plot of a comparison's paired differences against the minimum-effect band. */
final class ForestPlots {

    static final double WIDTH = 760;
    static final double LABEL_WIDTH = 250;
    static final double ROW_HEIGHT = 30;
    static final double TOP = 12;
    static final double AXIS_HEIGHT = 36;

    private ForestPlots() {
    }

    /** The plot, or empty when the comparison lists no differences. */
    static Optional<ForestPlot> of(Comparison comparison, Map<String, String> variantNames) {
        List<Difference> differences = comparison.differences();
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        double effect = Math.abs(comparison.minimumEffect().orElse(0));
        double min = -effect;
        double max = effect;
        for (Difference d : differences) {
            min = Math.min(min, Math.min(d.low(), 0));
            max = Math.max(max, Math.max(d.high(), 0));
        }
        Axis axis = new Axis(min, max, LABEL_WIDTH + 10, WIDTH - 20);
        List<ForestRow> rows = new ArrayList<>();
        for (Difference d : differences) {
            boolean higherIsBetter = comparison.higherIsBetter().getOrDefault(d.metric(), true);
            double y = TOP + rows.size() * ROW_HEIGHT + ROW_HEIGHT / 2;
            rows.add(new ForestRow(variantNames.getOrDefault(d.variant(), d.variant()), d.metric(), d.difference(),
                    d.low(), d.high(), d.adjustedPValue().isPresent() ? d.adjustedPValue() : d.pValue(),
                    verdict(d, higherIsBetter), y, axis.at(d.difference()), axis.at(d.low()), axis.at(d.high())));
        }
        double height = TOP + rows.size() * ROW_HEIGHT + AXIS_HEIGHT;
        return Optional.of(new ForestPlot(WIDTH, height, height - AXIS_HEIGHT, axis.at(0), axis.at(-effect), axis.at(effect),
                effect, axis.ticks("", ""), rows));
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
