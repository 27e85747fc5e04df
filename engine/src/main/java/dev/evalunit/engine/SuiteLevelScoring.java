package dev.evalunit.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.spi.ScoringContext;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.SuiteResults;
import dev.evalunit.api.spi.SuiteScoring;
import dev.evalunit.engine.suite.SuiteScorer;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs a suite's suite-level scorers once all its variants have run: it keeps each case's samples per
 * variant (only when some scorer needs them), then hands them to every suite-level scorer in declaration
 * order. A scorer that throws or fails becomes a {@link SuiteFinding.Failed} finding, never a crash. Their
 * per-case metric values join the suite's observations for the comparison and gates.
 */
final class SuiteLevelScoring {

    private final List<SuiteScorer> scorers;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final Map<String, Map<String, List<SampleRecord>>> samples = new LinkedHashMap<>();

    /**
     * @param scorers   the suite's scorers; those without a suite-level part are ignored
     * @param caseOrder the suite's cases in dataset order
     */
    SuiteLevelScoring(List<SuiteScorer> scorers, List<Case> caseOrder) {
        this.scorers = scorers.stream().filter(s -> s.suiteLevel().isPresent()).toList();
        if (!this.scorers.isEmpty()) {
            caseOrder.forEach(c -> cases.put(c.id(), c));
        }
    }

    /** Whether the suite has suite-level scorers. */
    boolean any() {
        return !scorers.isEmpty();
    }

    /** Keeps one variant's samples of a case. */
    synchronized void add(String variantId, String caseId, List<SampleRecord> records) {
        samples.computeIfAbsent(caseId, id -> new LinkedHashMap<>()).put(variantId, records);
    }

    /** Runs every suite-level scorer and waits for its findings and metric values. */
    synchronized SuiteScoring score(List<String> variantIds, String baselineId, ScoringContext context) {
        List<SuiteResults.CaseResults> ran = new ArrayList<>();
        cases.forEach((id, testCase) -> Optional.ofNullable(samples.get(id))
                .ifPresent(byVariant -> ran.add(new SuiteResults.CaseResults(testCase, byVariant))));
        SuiteResults results = new SuiteResults(variantIds, baselineId, ran);
        List<CompletableFuture<SuiteScoring>> running = new ArrayList<>(scorers.size());
        for (SuiteScorer scorer : scorers) {
            running.add(start(scorer, results, context));
        }
        List<SuiteFinding> findings = new ArrayList<>();
        List<SuiteScoring.CaseValue> values = new ArrayList<>();
        running.forEach(stage -> {
            findings.addAll(stage.join().findings());
            values.addAll(stage.join().values());
        });
        return new SuiteScoring(findings, values);
    }

    private static CompletableFuture<SuiteScoring> start(SuiteScorer scorer, SuiteResults results,
                                                         ScoringContext context) {
        CompletableFuture<SuiteScoring> stage;
        try {
            stage = scorer.suiteLevel().orElseThrow().score(results, context).toCompletableFuture();
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        String name = scorer.spec().name();
        return stage.handle((found, failure) -> {
            if (failure != null || found == null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String why = cause == null ? "returned no findings" : String.valueOf(cause.getMessage() == null
                        ? cause.getClass().getSimpleName() : cause.getMessage());
                return SuiteScoring.of(List.of(new SuiteFinding.Failed(name, name, "*", why)));
            }
            return found;
        });
    }

    /** A report entry with one line per finding, keyed {@code <scorer> <n>}; empty without findings. */
    static Optional<ReportEntry> entry(List<SuiteFinding> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (SuiteFinding finding : findings) {
            values.put(finding.scorer() + " " + (values.size() + 1), finding.summary());
        }
        return Optional.of(ReportEntry.from(values));
    }
}
