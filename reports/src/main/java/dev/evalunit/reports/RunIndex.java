package dev.evalunit.reports;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.VariantSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over a run's {@code results.jsonl}: per-variant aggregates, judge noise, the errors by kind
 * and provider, and where each case's lines are in the file (so the case table can read them back one case at
 * a time).
 */
final class RunIndex {

    private final Path results;
    private final List<String> caseIds;
    private final Map<String, Integer> caseIndex;
    private final long[][] offsets;
    private final int[][] lengths;
    private final int[] lineCounts;
    private long samples;
    private final Map<String, VariantAccumulator> variants = new LinkedHashMap<>();
    private final ErrorGroups errors = new ErrorGroups();
    private final Map<String, VariantSummary> summaries = new LinkedHashMap<>();
    private final boolean inProgress;

    private RunIndex(Path results, RunSummary summary, boolean inProgress) {
        this.results = results;
        this.inProgress = inProgress;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (VariantSummary variant : summary.variants()) {
            for (CaseSummary c : variant.cases()) {
                index.putIfAbsent(c.caseId(), index.size());
            }
        }
        this.caseIndex = index;
        this.caseIds = List.copyOf(index.keySet());
        this.offsets = new long[caseIds.size()][];
        this.lengths = new int[caseIds.size()][];
        this.lineCounts = new int[caseIds.size()];
        for (VariantSummary variant : summary.variants()) {
            variants.put(variant.variantId(), new VariantAccumulator(caseIds.size()));
            summaries.put(variant.variantId(), variant);
        }
    }

    /**
     * Scans {@code results.jsonl} of a run directory.
     *
     * @param inProgress whether the run is still going: then the journal may hold samples of cases the summary
     *                   does not have yet, which are left out, and a last line still being written, which is skipped
     * @throws IllegalArgumentException naming the file and line when a line is not a sample record or names
     *                                  a variant or case that {@code summary.json} does not have
     */
    static RunIndex scan(Path runDirectory, RunSummary summary, RunFiles files, boolean inProgress)
            throws IOException {
        Path results = runDirectory.resolve(RunFiles.RESULTS);
        RunIndex index = new RunIndex(results, summary, inProgress);
        if (!Files.isRegularFile(results)) {
            throw new IllegalArgumentException(results + " does not exist; a run directory holds "
                    + RunFiles.RESULTS + " next to " + RunFiles.SUMMARY);
        }
        JournalLines.scan(results, !inProgress, (lineNumber, offset, length, text) -> {
            SampleRecord record;
            try {
                record = files.parseLine(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(results + ":" + lineNumber + ": " + e.getMessage(), e);
            }
            index.add(lineNumber, offset, length, record);
        });
        return index;
    }

    private void add(int lineNumber, long offset, int length, SampleRecord record) {
        Integer c = caseIndex.get(record.caseId());
        VariantAccumulator variant = variants.get(record.variantId());
        if ((c == null || variant == null) && inProgress) {
            return;
        }
        if (c == null || variant == null) {
            throw new IllegalArgumentException(results + ":" + lineNumber + ": sample of "
                    + (variant == null ? "variant '" + record.variantId() + "'" : "case '" + record.caseId() + "'")
                    + " is not in " + RunFiles.SUMMARY + "; the two files are from different runs");
        }
        int n = lineCounts[c];
        if (offsets[c] == null || n == offsets[c].length) {
            offsets[c] = offsets[c] == null ? new long[4] : Arrays.copyOf(offsets[c], n * 2);
            lengths[c] = lengths[c] == null ? new int[4] : Arrays.copyOf(lengths[c], n * 2);
        }
        offsets[c][n] = offset;
        lengths[c][n] = length;
        lineCounts[c] = n + 1;
        samples++;
        variant.add(c, record);
        record.error().ifPresent(error -> {
            VariantSummary summary = summaries.get(record.variantId());
            errors.add(summary.name(), summary.model(), error);
        });
    }

    /** Journal lines (samples) scanned. */
    long sampleCount() {
        return samples;
    }

    Path results() {
        return results;
    }

    List<String> caseIds() {
        return caseIds;
    }

    int lineCount(int caseIndex) {
        return lineCounts[caseIndex];
    }

    long offset(int caseIndex, int line) {
        return offsets[caseIndex][line];
    }

    int length(int caseIndex, int line) {
        return lengths[caseIndex][line];
    }

    VariantAccumulator variant(String variantId) {
        return variants.get(variantId);
    }

    /** The error samples by kind and provider. */
    ErrorGroups errors() {
        return errors;
    }

    /** Every metric of every variant, in order of first appearance. */
    List<String> metrics() {
        List<String> metrics = new ArrayList<>();
        variants.values().forEach(v -> v.metrics().stream().filter(m -> !metrics.contains(m)).forEach(metrics::add));
        return metrics;
    }
}
