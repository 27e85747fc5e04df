package dev.evalunit.engine;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.TokenUsage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An interrupted run continued in place ({@value Constants#RESUME}{@code =latest}): the samples and cases its
 * journals already hold, after cutting off a line the kill left half-written.
 *
 * @param directory the run directory
 * @param samples   journaled samples by (variant, case, repeat) key, see {@link #key}
 * @param caseIds   the cases {@code cases.jsonl} already holds
 */
record ResumedRun(Path directory, Map<String, SampleRecord> samples, Set<String> caseIds) {

    /** Whether {@value Constants#RESUME} asks to resume: {@code latest}, or {@code none} (the default). */
    static boolean wanted(Function<String, Optional<String>> configuration) {
        String value = configuration.apply(Constants.RESUME).map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("none");
        return switch (value) {
            case "latest" -> true;
            case "none", "" -> false;
            default -> throw new IllegalArgumentException(Constants.RESUME + " must be 'latest' or 'none', was '"
                    + value + "'");
        };
    }

    /**
     * The run to resume: the suite's most recently written run directory that has a journal but no summary
     * (its run was stopped before the end).
     */
    static Optional<Path> find(Path suiteDirectory) throws IOException {
        try (Stream<Path> runs = Files.list(suiteDirectory)) {
            return runs.filter(run -> Files.isRegularFile(run.resolve(RunFiles.RESULTS))
                            && !Files.exists(run.resolve(RunFiles.SUMMARY)))
                    .max(Comparator.comparing(ResumedRun::lastWritten));
        }
    }

    private static long lastWritten(Path run) {
        try {
            return Files.getLastModifiedTime(run.resolve(RunFiles.RESULTS)).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what the interrupted run journaled, first cutting a half-written last line off each journal. */
    static ResumedRun open(Path directory, RunFiles files) throws IOException {
        Path results = directory.resolve(RunFiles.RESULTS);
        Path cases = directory.resolve(RunFiles.CASES);
        cutPartialLine(results);
        Map<String, SampleRecord> samples = new HashMap<>();
        try (Stream<SampleRecord> records = files.readResults(directory)) {
            records.forEach(record -> samples.put(key(record.variantId(), record.caseId(), record.repeat()), record));
        }
        Set<String> caseIds = Set.of();
        if (Files.exists(cases)) {
            cutPartialLine(cases);
            try (Stream<CaseRecord> records = files.readCases(directory)) {
                caseIds = records.map(CaseRecord::caseId).collect(Collectors.toUnmodifiableSet());
            }
        }
        return new ResumedRun(directory, Map.copyOf(samples), caseIds);
    }

    static String key(String variantId, String caseId, int repeat) {
        return variantId.length() + ":" + variantId + "/" + caseId.length() + ":" + caseId + "/" + repeat;
    }

    /** The journaled sample of a repeat, as the run had scored it. */
    Optional<ScoredSample> sample(String variantId, String caseId, int repeat) {
        return Optional.ofNullable(samples.get(key(variantId, caseId, repeat))).map(ResumedRun::scored);
    }

    private static ScoredSample scored(SampleRecord record) {
        Sample sample = record.error().isPresent()
                ? Sample.failure(record.variantId(), record.caseId(), record.repeat(), record.fingerprint(),
                record.error().get())
                : Sample.success(record.variantId(), record.caseId(), record.repeat(), record.fingerprint(),
                response(record));
        return new ScoredSample(sample, record.scores(), record.passed());
    }

    private static ModelResponse response(SampleRecord record) {
        ModelResponse.Builder response = ModelResponse.builder(record.output().orElse(""),
                        nanos(record.latencyMs().orElse(0)))
                .finishReason(record.finishReason().orElse(null))
                .cacheHit(record.cacheHit())
                .attempts(record.attempts());
        if (record.inputTokens().isPresent() && record.outputTokens().isPresent()) {
            response.usage(new TokenUsage(record.inputTokens().getAsInt(), record.outputTokens().getAsInt()));
        }
        record.timeToFirstTokenMs().ifPresent(ms -> response.timeToFirstToken(nanos(ms)));
        record.costUsd().ifPresent(response::costUsd);
        return response.build();
    }

    private static Duration nanos(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** A kill can leave only the last line half-written: each line is written and flushed whole. */
    private static void cutPartialLine(Path journal) throws IOException {
        byte[] content = Files.readAllBytes(journal);
        int end = content.length;
        while (end > 0 && content[end - 1] != '\n') {
            end--;
        }
        if (end < content.length) {
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }
}
