package dev.evalunit.reports;

import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.reports.model.DifferencePlot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Lays out one {@link DifferencePlot} per treatment from the cases' paired differences. */
final class DifferencePlots {

    static final double WIDTH = 560;
    static final double HEIGHT = 200;
    static final double LEFT = 60;
    static final double RIGHT = WIDTH - 12;
    static final double TOP = 10;
    static final double BOTTOM = HEIGHT - 24;
    private static final double HAIRLINE = 1;
    /** The most bars a plot draws; a 10,000-case run draws every 20th case of the sorted list. */
    static final int MAX_BARS = 500;

    private DifferencePlots() {
    }

    /** One plot per treatment with at least one case difference, in suite order. */
    static List<DifferencePlot> of(List<VariantSummary> variants, List<String> caseIds, CaseDifferences paired) {
        if (paired.metric().isEmpty()) {
            return List.of();
        }
        List<DifferencePlot> plots = new ArrayList<>();
        for (VariantSummary variant : variants) {
            List<Double> values = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (String caseId : caseIds) {
                OptionalDouble d = paired.difference(variant.variantId(), caseId);
                if (d.isPresent()) {
                    values.add(d.getAsDouble());
                    ids.add(caseId);
                }
            }
            if (!values.isEmpty()) {
                plots.add(plot(variant.name(), paired, ids, values));
            }
        }
        return plots;
    }

    private static DifferencePlot plot(String variant, CaseDifferences paired, List<String> ids, List<Double> values) {
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // worst first: the least improvement first
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> paired.direction().orient(values.get(i)))
                .thenComparing(ids::get));
        double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        double max = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        Axis axis = new Axis(min, max, BOTTOM, TOP);
        double zero = axis.at(0);
        int every = (order.length + MAX_BARS - 1) / MAX_BARS;
        int drawn = (order.length + every - 1) / every;
        double slot = (RIGHT - LEFT) / drawn;
        double barWidth = Math.max(0.5, slot * 0.8);
        List<DifferencePlot.Bar> bars = new ArrayList<>(drawn);
        int worse = 0;
        int better = 0;
        for (int i = 0; i < order.length; i++) {
            double d = values.get(order[i]);
            String verdict = d == 0 ? "same" : paired.worse(d) ? "worse" : "better";
            worse += verdict.equals("worse") ? 1 : 0;
            better += verdict.equals("better") ? 1 : 0;
            if (i % every == 0) {
                double y = axis.at(d);
                double height = Math.max(HAIRLINE, Math.abs(y - zero));
                bars.add(new DifferencePlot.Bar(ids.get(order[i]), d, verdict,
                        LEFT + (i / every) * slot + (slot - barWidth) / 2,
                        d == 0 ? zero - HAIRLINE / 2 : Math.min(y, zero), barWidth, height));
            }
        }
        return new DifferencePlot(variant, paired.metric().orElseThrow(), paired.direction(), WIDTH, HEIGHT, LEFT,
                RIGHT, TOP, BOTTOM, zero, axis.ticks("", ""), bars, every, worse, better,
                order.length - worse - better);
    }
}
