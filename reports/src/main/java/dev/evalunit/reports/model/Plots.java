package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The report's charts.
 *
 * @param forest          paired differences against the baseline, one plot per metric
 * @param pareto          quality against cost and against p95 latency
 * @param distributions   score distributions per metric
 * @param caseDifferences each treatment's per-case paired differences on the primary metric, worst first
 * @param trend           the primary metric over the suite's recent full runs
 */
@API(status = INTERNAL, since = "0.1")
public record Plots(Section<List<ForestPlot>> forest, List<ScatterPlot> pareto, List<Distribution> distributions,
                    List<DifferencePlot> caseDifferences, Section<TrendChart> trend) {

    public Plots {
        Objects.requireNonNull(forest, "forest");
        pareto = List.copyOf(pareto);
        distributions = List.copyOf(distributions);
        caseDifferences = List.copyOf(caseDifferences);
        Objects.requireNonNull(trend, "trend");
    }
}
