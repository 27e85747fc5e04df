package dev.evalunit.reports;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.Comparison;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.JudgeTotals;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.reports.model.CaseTable;
import dev.evalunit.reports.model.Distribution;
import dev.evalunit.reports.model.JudgeFindings;
import dev.evalunit.reports.model.ForestPlot;
import dev.evalunit.reports.model.RunMeta;
import dev.evalunit.reports.model.Conclusion;
import dev.evalunit.reports.model.DecisionBanner;
import dev.evalunit.reports.model.Plots;
import dev.evalunit.reports.model.RunReport;
import dev.evalunit.reports.model.Stability;
import dev.evalunit.reports.model.VariantTables;
import dev.evalunit.reports.model.Section;
import dev.evalunit.reports.model.UnstableCase;
import dev.evalunit.reports.model.VariantColumn;
import dev.evalunit.reports.model.WinnerConfig;
import dev.evalunit.stats.Direction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Builds the report view model of a run directory: {@code summary.json} (with its suite-level findings and the
 * extension fields of {@link RunExtensions}), one streaming pass over {@code results.jsonl}, the case fields of
 * {@code cases.jsonl}, and {@code winner.json} when the run exported one.
 */
final class ReportBuilder {

    /** Rows per page of the case table. */
    static final int PAGE_SIZE = 25;
    /** How many of the most unstable cases the variance section lists. */
    static final int UNSTABLE_SHOWN = 10;

    private final RunFiles files = new RunFiles();

    /**
     * Builds the report of a run directory; close the result after rendering.
     *
     * @throws IllegalArgumentException naming the file (and line) when the run directory is incomplete or malformed
     */
    OpenReport build(Path runDirectory) throws IOException {
        return build(runDirectory, RunDirectories.readSummary(files, runDirectory), Optional.empty());
    }

    /**
     * Builds the report of a run still going, from the summary of the cases reported so far.
     *
     * @param progressLine where the run is, shown in the report's in-progress banner
     */
    OpenReport buildInProgress(Path runDirectory, RunSummary summary, String progressLine) throws IOException {
        return build(runDirectory, summary, Optional.of(progressLine));
    }

    private OpenReport build(Path runDirectory, RunSummary summary, Optional<String> inProgress) throws IOException {
        // a run in progress has no summary.json yet, so none of its extension fields
        RunExtensions extensions = inProgress.isPresent() ? new RunExtensions(Optional.empty())
                : RunExtensions.read(runDirectory);
        RunIndex index = RunIndex.scan(runDirectory, summary, files, inProgress.isPresent());
        Optional<Comparison> comparison = summary.comparison();
        List<VariantSummary> variants = summary.variants();
        String baselineId = comparison.map(Comparison::baselineId)
                .filter(id -> variants.stream().anyMatch(v -> v.variantId().equals(id)))
                .orElse(variants.isEmpty() ? "" : variants.get(0).variantId());
        List<String> metrics = index.metrics();
        Optional<String> primary = comparison.map(Comparison::primaryMetric).or(() -> metrics.stream().findFirst());
        Map<String, Direction> directions = Decisions.directions(summary);
        Map<String, String> names = new LinkedHashMap<>();
        variants.forEach(v -> names.put(v.variantId(), v.name()));
        List<VariantColumn> columns = variants.stream().map(v -> new VariantColumn(v.variantId(), v.name(), v.model(),
                v.variantId().equals(baselineId), v.casesPassed(), v.casesFailed(), v.samples(), v.errors())).toList();
        Direction primaryDirection = primary.map(m -> directions.getOrDefault(m, Direction.HIGHER))
                .orElse(Direction.HIGHER);
        CaseDifferences paired = new CaseDifferences(variants, baselineId, primary, primaryDirection, index);
        CaseRows rows = new CaseRows(index, variants, baselineId, primary, files,
                CaseFields.read(runDirectory, files), paired);
        Section<DecisionBanner> banner = Decisions.banner(summary, names);
        RunReport report = new RunReport(
                meta(summary, index, extensions, baselineId, primary, inProgress),
                new Conclusion(Decisions.verdict(summary, banner), banner, Decisions.gates(summary),
                        winner(runDirectory)),
                new VariantTables(columns,
                        MetricRows.quality(variants, index, metrics, m -> directions.getOrDefault(m, Direction.HIGHER)),
                        MetricRows.operations(variants, index),
                        index.errors().groups()),
                new Plots(forest(comparison, names),
                        paretoQuality(primary, metrics).map(metric -> ParetoPlots.of(metric,
                                directions.getOrDefault(metric, Direction.HIGHER), candidates(variants, index, metric)))
                                .orElse(List.of()),
                        distributions(variants, index, metrics),
                        DifferencePlots.of(variants, index.caseIds(), paired),
                        inProgress.isPresent() ? Section.absent() : TrendCharts.of(runDirectory, summary, files)),
                new Stability(Variances.of(summary, index, metrics), unstable(variants, rows)),
                JudgeFindings.of(summary.findings()),
                new CaseTable(index.caseIds().size(), PAGE_SIZE, columns, rows, primary, primaryDirection));
        return new OpenReport(report, rows);
    }

    private static RunMeta meta(RunSummary summary, RunIndex index, RunExtensions extensions, String baselineId,
                                Optional<String> primary, Optional<String> inProgress) {
        List<String> models = summary.variants().stream().map(VariantSummary::model).distinct().toList();
        boolean priced = summary.variants().stream().allMatch(v -> v.costUsd().isPresent());
        JudgeTotals judges = summary.judges();
        OptionalDouble judgeCost = judges.any() ? judges.usage().costUsd() : OptionalDouble.empty();
        OptionalDouble cost = priced && (!judges.any() || judgeCost.isPresent())
                ? OptionalDouble.of(summary.variants().stream().mapToDouble(v -> v.costUsd().getAsDouble()).sum()
                + judgeCost.orElse(0)) : OptionalDouble.empty();
        return new RunMeta(summary.suiteId(), summary.suiteName(), summary.source(), summary.runId(),
                summary.startedAt(), summary.finishedAt(), Durations.between(summary.startedAt(), summary.finishedAt()),
                summary.repeats(), summary.passRate(), summary.passed(), models, cost, index.caseIds().size(),
                summary.variants().stream().mapToLong(VariantSummary::samples).sum(),
                summary.variants().stream().mapToLong(VariantSummary::errors).sum(), extensions.gitCommit(),
                baselineId, primary, summary.providerNotes().entrySet().stream()
                        .map(note -> "'" + note.getKey() + "' models: " + note.getValue()).toList(),
                judgeCost, judges.usage().inputTokens(), judges.usage().outputTokens(), inProgress,
                EarlyStopNotes.of(summary), AdaptiveRepeatsNotes.of(summary));
    }

    private static Section<List<ForestPlot>> forest(Optional<Comparison> comparison, Map<String, String> names) {
        return comparison.map(c -> ForestPlots.of(c, names)).map(plots -> plots.isEmpty()
                ? Section.<List<ForestPlot>>unavailable("the comparison has no paired difference (no two variants"
                        + " share a case with a valid value)")
                : Section.of(plots)).orElseGet(Section::absent);
    }

    /**
     * The quality axis of the Pareto view: the primary metric when a scorer produces it, otherwise the first
     * scorer metric (a suite whose primary metric is cost still plots its quality against cost).
     */
    static Optional<String> paretoQuality(Optional<String> primary, List<String> scorerMetrics) {
        return primary.filter(scorerMetrics::contains).or(() -> scorerMetrics.stream().findFirst());
    }

    private static List<ParetoPlots.Candidate> candidates(List<VariantSummary> variants, RunIndex index,
                                                          String metric) {
        return variants.stream().flatMap(v -> {
            double[][] values = index.variant(v.variantId()).values(metric);
            OptionalDouble quality = Arrays.stream(values).filter(r -> r.length > 0)
                    .mapToDouble(r -> Arrays.stream(r).average().orElseThrow()).average();
            return quality.isPresent() ? Stream.of(new ParetoPlots.Candidate(v.name(),
                    quality.getAsDouble(), index.variant(v.variantId()).costPerRequest(),
                    MetricRows.percentile(index.variant(v.variantId()).latencies(), 95)))
                    : Stream.empty();
        }).toList();
    }

    private static List<Distribution> distributions(List<VariantSummary> variants, RunIndex index,
                                                    List<String> metrics) {
        return metrics.stream().map(metric -> {
            Map<String, double[]> values = new LinkedHashMap<>();
            variants.forEach(v -> values.put(v.name(), Arrays.stream(index.variant(v.variantId()).values(metric))
                    .flatMapToDouble(Arrays::stream).toArray()));
            return Histograms.of(metric, values);
        }).toList();
    }

    private static List<UnstableCase> unstable(List<VariantSummary> variants, CaseRows rows) {
        return variants.stream().flatMap(v -> v.cases().stream().map(c -> unstableCase(v, c, rows)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(UnstableCase::sd).reversed()
                        .thenComparing(UnstableCase::caseId))
                .limit(UNSTABLE_SHOWN).toList();
    }

    private static Optional<UnstableCase> unstableCase(VariantSummary variant, CaseSummary c, CaseRows rows) {
        double sd = rows.primarySd(c);
        boolean disagreeing = c.passedRepeats() > 0 && c.passedRepeats() < c.repeats() - c.errorRepeats();
        if (sd <= 0 && !disagreeing) {
            return Optional.empty();
        }
        String metric = c.metrics().isEmpty() ? "pass/fail" : rows.primaryMetric().orElse("pass/fail");
        return Optional.of(new UnstableCase(c.caseId(), variant.name(), metric, sd, c.passedRepeats(), c.repeats()));
    }

    private static Section<WinnerConfig> winner(Path runDirectory) {
        Path file = runDirectory.resolve("winner.json");
        if (!Files.isRegularFile(file)) {
            return Section.absent();
        }
        try {
            return Section.of(WinnerConfigs.of(WinnerFiles.read(file)));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Section.unavailable(e.getMessage());
        }
    }
}
