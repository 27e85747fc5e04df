package dev.evalunit.reports;

import dev.evalunit.reports.model.ScatterPlot;
import dev.evalunit.reports.model.ScatterPoint;
import dev.evalunit.stats.Direction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The Pareto view: quality against cost per request and against p95 latency, one point per variant. A
 * variant is Pareto-optimal when no other is at least as good on quality, cost and p95 latency and better on
 * one of them (variants missing a value are compared on what both have).
 */
final class ParetoPlots {

    static final double WIDTH = 420;
    static final double HEIGHT = 260;
    static final double LEFT = 56;
    static final double BOTTOM = 40;
    static final double PAD = 18;
    static final double LABEL_ROOM = 90;

    /**
     * One variant's position.
     *
     * @param name      the variant name
     * @param quality   its primary metric mean
     * @param cost      its cost per request
     * @param latencyP95 its p95 latency
     */
    record Candidate(String name, double quality, OptionalDouble cost, OptionalDouble latencyP95) {
    }

    private ParetoPlots() {
    }

    /** The cost and latency panels; a panel with no plottable variant is left out. */
    static List<ScatterPlot> of(String metric, Direction direction, List<Candidate> candidates) {
        List<ScatterPlot> plots = new ArrayList<>();
        double maxCost = candidates.stream().flatMapToDouble(c -> c.cost().stream()).max().orElse(0);
        CostUnit unit = CostUnit.of(maxCost);
        panel("Quality vs cost", "cost per " + unit.requests() + " requests (USD)", "$", "", metric, direction,
                candidates, c -> c.cost().isPresent() ? OptionalDouble.of(c.cost().getAsDouble() * unit.scale())
                        : OptionalDouble.empty())
                .ifPresent(plots::add);
        panel("Quality vs p95 latency", "p95 latency (ms)", "", "", metric, direction, candidates,
                Candidate::latencyP95).ifPresent(plots::add);
        return plots;
    }

    private static Optional<ScatterPlot> panel(String title, String xLabel, String prefix, String suffix,
                                               String metric, Direction direction, List<Candidate> candidates,
                                               Function<Candidate, OptionalDouble> x) {
        List<Candidate> plotted = candidates.stream().filter(c -> x.apply(c).isPresent()).toList();
        if (plotted.isEmpty()) {
            return Optional.empty();
        }
        Axis xAxis = new Axis(0, plotted.stream().mapToDouble(c -> x.apply(c).getAsDouble()).max().orElseThrow(),
                LEFT, WIDTH - LABEL_ROOM);
        Axis yAxis = new Axis(plotted.stream().mapToDouble(Candidate::quality).min().orElseThrow(),
                plotted.stream().mapToDouble(Candidate::quality).max().orElseThrow(), HEIGHT - BOTTOM, PAD);
        List<ScatterPoint> points = plotted.stream().map(c -> new ScatterPoint(c.name(),
                x.apply(c).getAsDouble(), c.quality(), xAxis.at(x.apply(c).getAsDouble()), yAxis.at(c.quality()),
                optimal(c, candidates, direction))).toList();
        List<String> missing = candidates.stream().filter(c -> x.apply(c).isEmpty()).map(Candidate::name).toList();
        Optional<String> note = missing.isEmpty() ? Optional.empty()
                : Optional.of("Not plotted (no " + xLabel.replaceAll(" \\(.*", "") + "): " + String.join(", ", missing));
        return Optional.of(new ScatterPlot(title, xLabel, metric + " (" + direction.describe() + ")", WIDTH, HEIGHT, LEFT, WIDTH - LABEL_ROOM, PAD, HEIGHT - BOTTOM, xAxis.ticks(prefix, suffix), yAxis.ticks("", ""), points, note));
    }

    /**
     * How many requests the cost axis prices: the fewest of 1,000, 1M and 1B at which the dearest variant costs at
     * least a cent, so the ticks read as dollars and cents rather than runs of zeros.
     */
    record CostUnit(String requests, double scale) {

        static CostUnit of(double maxCostPerRequest) {
            if (maxCostPerRequest * 1e3 >= 0.01 || maxCostPerRequest <= 0) {
                return new CostUnit("1,000", 1e3);
            }
            return maxCostPerRequest * 1e6 >= 0.01 ? new CostUnit("1M", 1e6) : new CostUnit("1B", 1e9);
        }
    }

    static boolean optimal(Candidate candidate, List<Candidate> all, Direction direction) {
        return all.stream().noneMatch(other -> other != candidate && dominates(other, candidate, direction));
    }

    private static boolean dominates(Candidate a, Candidate b, Direction direction) {
        double qa = direction.orient(direction.compared(a.quality()));
        double qb = direction.orient(direction.compared(b.quality()));
        int better = qa > qb ? 1 : 0;
        if (qa < qb) {
            return false;
        }
        for (Function<Candidate, OptionalDouble> lowerIsBetter : List.<Function<Candidate, OptionalDouble>>of(
                Candidate::cost, Candidate::latencyP95)) {
            OptionalDouble va = lowerIsBetter.apply(a);
            OptionalDouble vb = lowerIsBetter.apply(b);
            if (va.isPresent() && vb.isPresent()) {
                if (va.getAsDouble() > vb.getAsDouble()) {
                    return false;
                }
                better += va.getAsDouble() < vb.getAsDouble() ? 1 : 0;
            }
        }
        return better > 0;
    }
}
