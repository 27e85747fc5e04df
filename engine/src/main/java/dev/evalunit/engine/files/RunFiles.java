package dev.evalunit.engine.files;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.HistoryEntry;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.stats.Direction;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.apiguardian.api.API;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads and writes a run directory ({@code <output>/<suite-id>/<run-id>/}): {@code results.jsonl}
 * (one {@link SampleRecord} per line), {@code cases.jsonl} (one {@link CaseRecord} per case), {@code summary.json} (a {@link RunSummary}) and the suite's
 * {@code latest} entry (a {@link LatestPointer}: a path to the newest full run). JSON property names are the record
 * component names; absent optional values are left out. Readers ignore properties they do not know and
 * {@link SuiteFinding}s of a kind they do not know, so newer files stay readable.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunFiles {

    /** The journal file name. */
    public static final String RESULTS = "results.jsonl";
    /** The case fields file name. */
    public static final String CASES = "cases.jsonl";
    /** The summary file name. */
    public static final String SUMMARY = "summary.json";
    /** The name of the per-suite entry that leads to the newest full run (see {@link LatestPointer}). */
    public static final String LATEST = "latest";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(DirectionJson.module())
            .addModule(SampleJson.module())
            .addMixIn(RunSummary.class, RunSummaryJson.class)
            .addMixIn(MetricComparison.class, MetricComparisonJson.class)
            .addMixIn(SuiteFinding.class, SuiteFindingJson.class)
            .addMixIn(Score.class, ScoreShape.class)
            .addMixIn(Score.Measured.class, ScoreShape.class)
            .addMixIn(Score.Failed.class, ScoreShape.class)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.NON_ABSENT))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private final ObjectWriter sampleWriter = mapper.writerFor(SampleRecord.class);

    /** One journal line (without the line break). */
    public String toLine(SampleRecord record) {
        try {
            return sampleWriter.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("sample " + record.variantId() + "/" + record.caseId()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses one journal line.
     *
     * @throws IllegalArgumentException when the line is not a sample record
     */
    public SampleRecord parseLine(String line) {
        try {
            return mapper.readValue(line, SampleRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a results.jsonl line: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The records of a run's {@code results.jsonl}, read lazily; close the stream.
     *
     * @throws UncheckedIOException when the file cannot be read; a malformed line fails with its line number
     */
    public Stream<SampleRecord> readResults(Path runDirectory) throws IOException {
        return lines(runDirectory.resolve(RESULTS), this::parseLine);
    }

    /** One {@code cases.jsonl} line (without the line break). */
    public String toLine(CaseRecord record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("case " + record.caseId() + " cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses one {@code cases.jsonl} line.
     *
     * @throws IllegalArgumentException when the line is not a case record
     */
    public CaseRecord parseCaseLine(String line) {
        try {
            return mapper.readValue(line, CaseRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a cases.jsonl line: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The records of a run's {@code cases.jsonl}, read lazily; close the stream. Runs written before the
     * file existed have none: check {@link Files#exists} first.
     *
     * @throws UncheckedIOException when the file cannot be read; a malformed line fails with its line number
     */
    public Stream<CaseRecord> readCases(Path runDirectory) throws IOException {
        return lines(runDirectory.resolve(CASES), this::parseCaseLine);
    }

    private static <T> Stream<T> lines(Path file, Function<String, T> parser) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        int[] lineNumber = {0};
        return reader.lines()
                .peek(line -> lineNumber[0]++)
                .filter(line -> !line.isBlank())
                .map(line -> {
                    try {
                        return parser.apply(line);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(file + ":" + lineNumber[0] + ": " + e.getMessage(), e);
                    }
                })
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Reads a run's {@code summary.json}. */
    public RunSummary readSummary(Path runDirectory) throws IOException {
        return mapper.readValue(runDirectory.resolve(SUMMARY).toFile(), RunSummary.class);
    }

    /** Writes a run's {@code summary.json}, pretty-printed, whole or not at all ({@link AtomicFile}). */
    public void writeSummary(Path runDirectory, RunSummary summary) throws IOException {
        AtomicFile.write(runDirectory.resolve(SUMMARY),
                out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, summary));
    }

    /**
     * Appends one line per entry to the suite's {@code history.jsonl} ({@link HistoryEntry#FILE}, beside its runs).
     */
    public void appendHistory(Path suiteDirectory, List<HistoryEntry> entries) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (HistoryEntry entry : entries) {
            lines.append(mapper.writeValueAsString(entry)).append('\n');
        }
        Files.writeString(suiteDirectory.resolve(HistoryEntry.FILE), lines, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * The suite's history, oldest first; empty when it has none.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not a history entry
     */
    public List<HistoryEntry> readHistory(Path suiteDirectory) throws IOException {
        Path file = suiteDirectory.resolve(HistoryEntry.FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Stream<HistoryEntry> entries = lines(file, line -> {
            try {
                return mapper.readValue(line, HistoryEntry.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not a history line: " + e.getOriginalMessage(), e);
            }
        })) {
            return entries.toList();
        }
    }

    /**
     * The latest full run directory of a suite ({@code <output>/<suite-id>}): where its {@code latest} entry
     * points (see {@link LatestPointer}); partial runs never move it.
     */
    public Optional<Path> latest(Path suiteDirectory) throws IOException {
        return LatestPointer.read(suiteDirectory);
    }

    /** Points the suite's {@code latest} entry at a full run, once the run's files are written. */
    public void markLatest(Path suiteDirectory, String runId) throws IOException {
        LatestPointer.linking().mark(suiteDirectory, runId);
    }

    /** Leaves empty gates, findings and provider notes out of {@code summary.json}. */
    private abstract static class RunSummaryJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<GateResult> gates;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<SuiteFinding> findings;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<String, String> providerNotes;
    }

    /** Reads an older run's {@code higherIsBetter} as the direction. */
    private abstract static class MetricComparisonJson {
        @JsonAlias("higherIsBetter")
        Direction direction;
    }

    /** A finding's {@code kind} names its type. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = SuiteFinding.Confusion.class, name = "confusion-matrix"),
            @JsonSubTypes.Type(value = SuiteFinding.Pairwise.class, name = "pairwise"),
            @JsonSubTypes.Type(value = SuiteFinding.JudgeNoise.class, name = "judge-noise"),
            @JsonSubTypes.Type(value = SuiteFinding.Calibration.class, name = "calibration"),
            @JsonSubTypes.Type(value = SuiteFinding.Ranking.class, name = "ranking"),
            @JsonSubTypes.Type(value = SuiteFinding.Failed.class, name = "failed")})
    private interface SuiteFindingJson {
    }

    /** Measured and failed scores share one journal shape (see {@link ScoreJson}). */
    @JsonSerialize(converter = ScoreJson.Writing.class)
    @JsonDeserialize(converter = ScoreJson.Reading.class)
    private interface ScoreShape {
    }
}
