package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Everything the report shows about one finished run.
 *
 * @param meta          what ran, when, at what cost
 * @param variants      the variants, baseline first as in the suite
 * @param quality       each metric's mean with its 95% interval, per variant
 * @param operations    error rate, pass rate, cost, tokens and latency, per variant
 * @param decision      the comparison's verdict
 * @param forest        paired differences against the baseline, one plot per metric
 * @param pareto        quality against cost and against p95 latency
 * @param distributions score distributions per metric
 * @param variance      between- and within-case variance, or why it cannot be computed
 * @param unstableCases the cases whose repeats disagree most
 * @param judgeNoise    repeated judges' disagreement with themselves
 * @param judges        the suite-level scorers' findings: pairwise verdicts and position bias, confusion
 *                      matrices, calibration against human scores, judge noise
 * @param gates         the quality gates
 * @param winner        the exported winner config
 * @param cases         the per-case table
 */
@API(status = INTERNAL, since = "0.1")
public record RunReport(RunMeta meta, List<VariantColumn> variants, List<MetricRow> quality,
                        List<MetricRow> operations, Section<Decision> decision, Section<List<ForestPlot>> forest,
                        List<ScatterPlot> pareto, List<Distribution> distributions, Section<List<VarianceRow>> variance,
                        List<UnstableCase> unstableCases, List<JudgeNoise> judgeNoise,
                        JudgeFindings judges, Section<List<GateResult>> gates,
                        Section<WinnerConfig> winner, CaseTable cases) {

    public RunReport {
        Objects.requireNonNull(meta, "meta");
        variants = List.copyOf(variants);
        quality = List.copyOf(quality);
        operations = List.copyOf(operations);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(forest, "forest");
        pareto = List.copyOf(pareto);
        distributions = List.copyOf(distributions);
        Objects.requireNonNull(variance, "variance");
        unstableCases = List.copyOf(unstableCases);
        judgeNoise = List.copyOf(judgeNoise);
        Objects.requireNonNull(judges, "judges");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(cases, "cases");
    }
}
