package dev.evalunit.engine.shard;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the journals of a merged run from its shards: every shard's samples (under the merged run's id) and
 * case fields, after checking that the shards ran the suite as it is now and together hold every variant, case
 * and repeat exactly once. The engine then finishes the merged run like a resumed one, calling no model.
 */
@API(status = INTERNAL, since = "0.1")
public final class ShardMerge {

    private final RunFiles files = new RunFiles();

    /**
     * The expected samples of the suite.
     *
     * @param suiteHash  the suite's version now
     * @param variantIds its variants
     * @param caseIds    its cases
     * @param repeats    its repeats per case
     */
    public record Expected(String suiteHash, List<String> variantIds, List<String> caseIds, int repeats) {
    }

    /**
     * Writes {@code results.jsonl} and {@code cases.jsonl} of the merged run into its (new, empty) directory.
     *
     * @throws IllegalArgumentException when the shards are of another suite version, overlap or leave samples out
     */
    public void write(ShardSet shards, Expected expected, Path runDirectory) throws IOException {
        if (!shards.suiteHash().equals(expected.suiteHash())) {
            throw new IllegalArgumentException("the shards of suite '" + shards.suiteId() + "' ran suite version "
                    + shards.suiteHash().substring(0, 12) + " but the suite is now version "
                    + expected.suiteHash().substring(0, 12) + ": merge with the suite of the shards' commit, or run"
                    + " the shards again");
        }
        String runId = runDirectory.getFileName().toString();
        Set<String> samples = new HashSet<>();
        Set<String> cases = new HashSet<>();
        try (BufferedWriter results = Files.newBufferedWriter(runDirectory.resolve(RunFiles.RESULTS), StandardCharsets.UTF_8);
             BufferedWriter caseLines = Files.newBufferedWriter(runDirectory.resolve(RunFiles.CASES), StandardCharsets.UTF_8)) {
            for (ShardSet.ShardRun shard : shards.ordered()) {
                Set<String> own = Set.copyOf(shard.manifest().caseIds());
                try (Stream<SampleRecord> records = files.readResults(shard.directory())) {
                    for (SampleRecord record : (Iterable<SampleRecord>) records::iterator) {
                        String key = record.variantId() + " / " + record.caseId() + " / repeat " + record.repeat();
                        if (!own.contains(record.caseId())) {
                            throw new IllegalArgumentException(shard.directory() + " holds a sample of case '"
                                    + record.caseId() + "', which is not one of shard " + shard.manifest().shard()
                                    + "'s cases");
                        }
                        if (!samples.add(key)) {
                            throw new IllegalArgumentException(shard.directory() + " holds sample " + key + " twice");
                        }
                        results.write(files.toLine(withRunId(record, runId)));
                        results.newLine();
                    }
                }
                if (Files.exists(shard.directory().resolve(RunFiles.CASES))) {
                    try (Stream<CaseRecord> records = files.readCases(shard.directory())) {
                        for (CaseRecord record : (Iterable<CaseRecord>) records::iterator) {
                            if (cases.add(record.caseId())) {
                                caseLines.write(files.toLine(record));
                                caseLines.newLine();
                            }
                        }
                    }
                }
            }
        }
        List<String> missing = missing(expected, samples);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the shards of suite '" + shards.suiteId() + "' leave " + missing.size()
                    + " sample(s) out, e.g. " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + ": a shard run was filtered or cut short; run it again");
        }
    }

    private static List<String> missing(Expected expected, Set<String> samples) {
        return expected.variantIds().stream().flatMap(variant -> expected.caseIds().stream()
                        .flatMap(testCase -> Stream.iterate(0, r -> r < expected.repeats(), r -> r + 1)
                                .map(repeat -> variant + " / " + testCase + " / repeat " + repeat)))
                .filter(key -> !samples.contains(key)).toList();
    }

    private static SampleRecord withRunId(SampleRecord r, String runId) {
        return new SampleRecord(r.suiteId(), runId, r.variantId(), r.caseId(), r.repeat(), r.fingerprint(), r.output(),
                r.error(), r.latencyMs(), r.timeToFirstTokenMs(), r.inputTokens(), r.outputTokens(), r.costUsd(),
                r.cacheHit(), r.attempts(), r.finishReason(), r.scores(), r.passed());
    }
}
