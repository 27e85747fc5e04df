package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Everything the report shows about one finished run.
 *
 * @param meta          what ran, when, at what cost
 * @param verdict       what the titles say: the decision and the gates (or the cases)
 * @param variants      the variants, baseline first as in the suite
 * @param quality       each metric's mean with its 95% interval, per variant
 * @param operations    error rate, pass rate, cost, tokens and latency, per variant
 * @param decision      the comparison's verdict
 * @param errors        the error samples by kind and provider, most first
 * @param forest        paired differences against the baseline, one plot per metric
 * @param pareto        quality against cost and against p95 latency
 * @param distributions score distributions per metric
 * @param caseDifferences each treatment's per-case paired differences on the primary metric, worst first
 * @param variance      between- and within-case variance, or why it cannot be computed
 * @param unstableCases the cases whose repeats disagree most
 * @param judgeNoise    repeated judges' disagreement with themselves
 * @param judges        the suite-level scorers' findings: pairwise verdicts and position bias, confusion
 *                      matrices, calibration against human scores, judge noise
 * @param gates         the quality gates
 * @param winner        the exported winner config
 * @param cases         the per-case table
 * @param trend         the primary metric over the suite's recent full runs
 */
@API(status = INTERNAL, since = "0.1")
public record RunReport(RunMeta meta, Verdict verdict, List<VariantColumn> variants, List<MetricRow> quality,
                        OperationRows operations, Section<DecisionBanner> decision, List<ErrorGroup> errors,
                        Section<List<ForestPlot>> forest,
                        List<ScatterPlot> pareto, List<Distribution> distributions,
                        List<DifferencePlot> caseDifferences, Section<List<VarianceRow>> variance,
                        List<UnstableCase> unstableCases, List<JudgeNoise> judgeNoise,
                        JudgeFindings judges, Section<List<GateRow>> gates,
                        Section<WinnerConfig> winner, CaseTable cases, Section<TrendChart> trend) {

    public RunReport {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(verdict, "verdict");
        variants = List.copyOf(variants);
        quality = List.copyOf(quality);
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(decision, "decision");
        errors = List.copyOf(errors);
        Objects.requireNonNull(forest, "forest");
        pareto = List.copyOf(pareto);
        distributions = List.copyOf(distributions);
        caseDifferences = List.copyOf(caseDifferences);
        Objects.requireNonNull(variance, "variance");
        unstableCases = List.copyOf(unstableCases);
        judgeNoise = List.copyOf(judgeNoise);
        Objects.requireNonNull(judges, "judges");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(trend, "trend");
    }
}
