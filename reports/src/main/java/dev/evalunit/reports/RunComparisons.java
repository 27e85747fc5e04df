package dev.evalunit.reports;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.reports.model.MetricChange;
import dev.evalunit.reports.model.MetricChange.Movement;
import dev.evalunit.reports.model.RunComparison;
import dev.evalunit.reports.model.RunComparison.CaseChange;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.PairedCases;
import dev.evalunit.stats.PairedResult;
import dev.evalunit.stats.PairedTTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two runs of one suite from their {@code summary.json} files: for every variant both ran, each
 * metric's paired change over the common cases (paired t interval of the per-case mean differences) and
 * the cases whose verdict flipped.
 */
final class RunComparisons {

    private final RunFiles files = new RunFiles();

    /**
     * @throws IllegalArgumentException when a directory is not a run, or the runs are of different suites
     */
    RunComparison compare(Path beforeDirectory, Path afterDirectory) throws IOException {
        RunSummary before = RunDirectories.readSummary(files, beforeDirectory);
        RunSummary after = RunDirectories.readSummary(files, afterDirectory);
        if (!before.suiteId().equals(after.suiteId())) {
            throw new IllegalArgumentException("the runs are of different suites: '" + before.suiteId() + "' ("
                    + beforeDirectory + ") and '" + after.suiteId() + "' (" + afterDirectory
                    + "); compare two runs of the same suite");
        }
        Map<String, Direction> directions = Decisions.directions(after);
        Map<String, VariantSummary> earlier = new LinkedHashMap<>();
        before.variants().forEach(v -> earlier.put(v.variantId(), v));
        List<MetricChange> metrics = new ArrayList<>();
        List<CaseChange> regressions = new ArrayList<>();
        List<CaseChange> improvements = new ArrayList<>();
        int regressionCount = 0;
        int improvementCount = 0;
        int onlyBefore = 0;
        int onlyAfter = 0;
        for (VariantSummary now : after.variants()) {
            VariantSummary then = earlier.remove(now.variantId());
            if (then == null) {
                onlyAfter += now.cases().size();
                continue;
            }
            Map<String, CaseSummary> thenCases = byCase(then);
            Map<String, CaseSummary> nowCases = byCase(now);
            List<String> common = nowCases.keySet().stream().filter(thenCases::containsKey).toList();
            onlyBefore += thenCases.size() - common.size();
            onlyAfter += nowCases.size() - common.size();
            Set<String> names = new LinkedHashSet<>();
            now.metrics().forEach(m -> names.add(m.name()));
            for (String metric : names) {
                change(now.name(), metric, directions.getOrDefault(metric, Direction.HIGHER), common, thenCases, nowCases,
                        c -> c.metrics().stream().filter(m -> m.name().equals(metric)).findFirst()
                                .map(MetricSummary::mean)).ifPresent(metrics::add);
            }
            change(now.name(), "case pass rate", Direction.HIGHER, common, thenCases, nowCases,
                    c -> Optional.of(c.passed() ? 1.0 : 0.0)).ifPresent(metrics::add);
            for (String caseId : common) {
                CaseSummary was = thenCases.get(caseId);
                CaseSummary is = nowCases.get(caseId);
                if (was.passed() && !is.passed()) {
                    if (regressionCount++ < RunComparison.CASES_SHOWN) {
                        regressions.add(new CaseChange(now.name(), caseId, is.failure()));
                    }
                } else if (!was.passed() && is.passed() && improvementCount++ < RunComparison.CASES_SHOWN) {
                    improvements.add(new CaseChange(now.name(), caseId, was.failure()));
                }
            }
        }
        onlyBefore += earlier.values().stream().mapToInt(v -> v.cases().size()).sum();
        return new RunComparison(after.suiteId(), after.suiteName(),
                new RunComparison.RunRef(before.runId(), before.startedAt(), before.passed()),
                new RunComparison.RunRef(after.runId(), after.startedAt(), after.passed()),
                metrics, regressions, regressionCount, improvements, improvementCount, onlyBefore, onlyAfter);
    }

    private static Optional<MetricChange> change(String variant, String metric, Direction direction,
                                                 List<String> common, Map<String, CaseSummary> then,
                                                 Map<String, CaseSummary> now,
                                                 Function<CaseSummary, Optional<Double>> value) {
        List<double[]> pairs = new ArrayList<>();
        for (String caseId : common) {
            Optional<Double> a = value.apply(then.get(caseId));
            Optional<Double> b = value.apply(now.get(caseId));
            if (a.isPresent() && b.isPresent()) {
                pairs.add(new double[] {direction.compared(a.get()), direction.compared(b.get())});
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double meanBefore = Arrays.stream(a).average().orElseThrow();
        double meanAfter = Arrays.stream(b).average().orElseThrow();
        if (pairs.size() < 2) {
            return Optional.of(new MetricChange(variant, metric, direction, 1, meanBefore, meanAfter,
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Movement.UNCHANGED));
        }
        PairedResult result = PairedTTest.test(PairedCases.ofMeans(a, b), MetricRows.CONFIDENCE);
        double low = direction.orient(result.ciLow());
        double high = direction.orient(result.ciHigh());
        Movement verdict = Math.min(low, high) > 0 ? Movement.IMPROVED
                : Math.max(low, high) < 0 ? Movement.REGRESSED : Movement.UNCHANGED;
        return Optional.of(new MetricChange(variant, metric, direction, pairs.size(), meanBefore, meanAfter,
                OptionalDouble.of(result.ciLow()), OptionalDouble.of(result.ciHigh()),
                OptionalDouble.of(result.pValue()), verdict));
    }

    private static Map<String, CaseSummary> byCase(VariantSummary variant) {
        Map<String, CaseSummary> cases = new LinkedHashMap<>();
        variant.cases().forEach(c -> cases.put(c.caseId(), c));
        return cases;
    }
}
