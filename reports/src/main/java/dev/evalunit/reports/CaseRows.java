package dev.evalunit.reports;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.reports.model.CaseCell;
import dev.evalunit.reports.model.CaseRow;
import dev.evalunit.reports.model.DiffSegment;
import dev.evalunit.reports.model.SampleView;
import dev.evalunit.reports.model.ScoreView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The per-case table's rows, read back from {@code results.jsonl} one case at a time through the positions
 * of {@link RunIndex}, with each output word-diffed against the baseline's output of the same repeat and the
 * case's fields from {@code cases.jsonl}.
 * Close it to release the file.
 */
final class CaseRows implements Iterable<CaseRow>, AutoCloseable {

    private final RunIndex index;
    private final List<VariantSummary> variants;
    private final String baselineId;
    private final Optional<String> primaryMetric;
    private final RunFiles files;
    private final TextBudget budget;
    private final CaseFields caseFields;
    private final Map<String, Map<String, CaseSummary>> summaries = new HashMap<>();
    private final CaseDifferences paired;
    private JournalLines.Reader reader;

    CaseRows(RunIndex index, List<VariantSummary> variants, String baselineId, Optional<String> primaryMetric,
             RunFiles files, CaseFields caseFields, CaseDifferences paired) {
        this.index = index;
        this.variants = List.copyOf(variants);
        this.baselineId = baselineId;
        this.primaryMetric = primaryMetric;
        this.files = files;
        this.caseFields = caseFields;
        this.paired = paired;
        this.budget = TextBudget.forSamples(index.sampleCount());
        for (VariantSummary variant : variants) {
            Map<String, CaseSummary> byCase = new HashMap<>();
            variant.cases().forEach(c -> byCase.put(c.caseId(), c));
            summaries.put(variant.variantId(), byCase);
        }
    }

    @Override
    public Iterator<CaseRow> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < index.caseIds().size();
            }

            @Override
            public CaseRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return row(next++);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + index.results() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** A case's summary under a variant, if the variant ran it. */
    Optional<CaseSummary> summary(String variantId, String caseId) {
        return Optional.ofNullable(summaries.getOrDefault(variantId, Map.of()).get(caseId));
    }

    private CaseRow row(int caseIndex) throws IOException {
        if (reader == null) {
            reader = new JournalLines.Reader(index.results());
        }
        Map<String, List<SampleRecord>> byVariant = new LinkedHashMap<>();
        for (int line = 0; line < index.lineCount(caseIndex); line++) {
            SampleRecord record = files.parseLine(reader.read(index.offset(caseIndex, line),
                    index.length(caseIndex, line)));
            byVariant.computeIfAbsent(record.variantId(), v -> new ArrayList<>()).add(record);
        }
        byVariant.values().forEach(list -> list.sort(Comparator.comparingInt(SampleRecord::repeat)));
        String caseId = index.caseIds().get(caseIndex);
        List<SampleRecord> baseline = byVariant.getOrDefault(baselineId, List.of());
        List<CaseCell> cells = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        boolean disagreeing = false;
        boolean errors = false;
        double instability = 0;
        for (VariantSummary variant : variants) {
            String id = variant.variantId();
            Optional<CaseSummary> summary = summary(id, caseId);
            List<SampleView> samples = byVariant.getOrDefault(id, List.of()).stream()
                    .map(record -> sample(record, id.equals(baselineId) ? List.of() : baseline)).toList();
            if (summary.isEmpty()) {
                cells.add(new CaseCell(id, id.equals(baselineId), false, false, 0, 0, 0, Optional.empty(), samples,
                        OptionalDouble.empty()));
                continue;
            }
            CaseSummary c = summary.get();
            if (!c.passed()) {
                failing.add(id);
            }
            errors |= c.errorRepeats() > 0;
            disagreeing |= c.passedRepeats() > 0 && c.passedRepeats() < c.repeats() - c.errorRepeats();
            instability = Math.max(instability, primarySd(c));
            cells.add(new CaseCell(id, id.equals(baselineId), true, c.passed(), c.passedRepeats(), c.repeats(),
                    c.errorRepeats(), c.failure(), samples, paired.difference(id, caseId)));
        }
        return new CaseRow(caseId, caseFields.of(caseId), failing, disagreeing || instability > 0,
                instability, errors, cells);
    }

    /** The metric whose repeat spread marks a case unstable. */
    Optional<String> primaryMetric() {
        return primaryMetric;
    }

    /** The standard deviation of the primary metric over the case's repeats. */
    double primarySd(CaseSummary c) {
        return primaryMetric.flatMap(metric -> c.metrics().stream().filter(m -> m.name().equals(metric)).findFirst())
                .map(MetricSummary::sd).orElse(0.0);
    }

    private SampleView sample(SampleRecord record, List<SampleRecord> baseline) {
        List<ScoreView> scores = record.scores().stream().map(this::score).toList();
        if (record.output().isEmpty()) {
            return new SampleView(record.repeat(), List.of(), false, 0,
                    record.error().map(e -> e.kind() + ": " + e.message() + " (after " + e.attempts() + " attempt"
                            + (e.attempts() == 1 ? "" : "s") + ")"),
                    record.latencyMs(), record.costUsd(), record.passed(), record.cacheHit(), scores);
        }
        String text = record.output().get();
        Optional<List<DiffSegment>> diff = baselineOutput(baseline, record.repeat()).flatMap(b -> WordDiff.diff(b, text));
        TextBudget.Cut cut = budget.cut(diff.orElse(List.of(new DiffSegment(text, DiffSegment.Kind.SAME))));
        return new SampleView(record.repeat(), cut.segments(), diff.isPresent(), cut.omitted(), Optional.empty(), record.latencyMs(), record.costUsd(), record.passed(), record.cacheHit(), scores);
    }

    /** The baseline's output of the same repeat, else of its first successful repeat. */
    private static Optional<String> baselineOutput(List<SampleRecord> baseline, int repeat) {
        return baseline.stream().filter(r -> r.repeat() == repeat).findFirst().flatMap(SampleRecord::output)
                .or(() -> baseline.stream().flatMap(r -> r.output().stream()).findFirst());
    }

    private ScoreView score(Score score) {
        return new ScoreView(score.name(), score.value(), score.passed(), score.reason().map(budget::shorten),
                score.error(), score.judgeRepeat());
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
