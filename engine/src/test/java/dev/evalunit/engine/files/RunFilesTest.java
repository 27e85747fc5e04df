package dev.evalunit.engine.files;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.stats.VarianceComponents;
import dev.evalunit.api.Case;
import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.SampleError;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.api.run.VarianceSplit;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFilesTest {

    private final RunFiles files = new RunFiles();

    @Test
    void sampleRecordsRoundTripThroughOneJsonLine() {
        ModelResponse response = ModelResponse.builder("Paris", Duration.ofMillis(250))
                .usage(new TokenUsage(12, 3)).finishReason("STOP").costUsd(0.0004).attempts(2).build();
        Sample sample = Sample.success("a", "q1", 1, "f00d", response);
        Score score = Score.check("contains", true, "found 'Paris'").withDetails(Map.of("expected", "Paris"));
        SampleRecord record = SampleRecord.of("geo", "run-1", sample, List.of(score), true);

        String line = files.toLine(record);

        assertThat(line).doesNotContain("\n").contains("\"latencyMs\":250.0").doesNotContain("timeToFirstTokenMs");
        assertThat(files.parseLine(line)).isEqualTo(record);
    }

    @Test
    void measuredAndFailedScoresShareOneJournalShape() {
        Sample sample = Sample.success("a", "q1", 0, "f00d", ModelResponse.of("Paris", Duration.ofMillis(5)));
        Score measured = Score.of("faithful", 0.75, true, "cites the source").withJudge("j1", 2);
        Score failed = Score.error("tone", "unparseable reply", "maybe?").withJudge("j1", 0);
        SampleRecord record = SampleRecord.of("geo", "run-1", sample, List.of(measured, failed), true);

        String line = files.toLine(record);

        assertThat(line).contains("{\"name\":\"faithful\",\"value\":0.75,\"passed\":true,"
                        + "\"reason\":\"cites the source\",\"judgeFingerprint\":\"j1\",\"judgeRepeat\":2,\"details\":{}}")
                .contains("{\"name\":\"tone\",\"passed\":false,\"reason\":\"maybe?\",\"error\":\"unparseable reply\","
                        + "\"judgeFingerprint\":\"j1\",\"judgeRepeat\":0,\"details\":{}}");
        assertThat(files.parseLine(line).scores()).containsExactly(measured, failed);
        assertThat(files.parseLine(line).scores().get(1)).isInstanceOf(Score.Failed.class);
    }

    @Test
    void errorSamplesKeepTheirErrorAndHaveNoOutput() {
        Sample sample = Sample.failure("b", "q2", 0, "beef", new SampleError(ErrorKind.RATE_LIMITED, "429 after 3 tries", 3));
        SampleRecord record = SampleRecord.of("geo", "run-1", sample, List.of(), false);

        SampleRecord read = files.parseLine(files.toLine(record));

        assertThat(read.error()).contains(new SampleError(ErrorKind.RATE_LIMITED, "429 after 3 tries", 3));
        assertThat(read.output()).isEmpty();
        assertThat(read.attempts()).isEqualTo(3);
        assertThat(read.latencyMs()).isEmpty();
    }

    @Test
    void summaryAndLatestPointerRoundTrip(@TempDir Path output) throws IOException {
        Path suite = output.resolve("geo");
        Path run = Files.createDirectories(suite.resolve("run-1"));
        CaseSummary caseSummary = new CaseSummary("q1", true, 2, 2, 0,
                List.of(new MetricSummary("contains", 2, 1.0, 0.0, 1.0, 1.0)), OptionalDouble.of(3.5), 10, 4,
                Optional.empty());
        VariantSummary variant = new VariantSummary("a", "A", "inprocess:echo", 1, 0, 2, 0, 0.0,
                List.of(new MetricSummary("contains", 2, 1.0, 0.0, 1.0, 1.0)), OptionalDouble.of(3.5), 10, 4,
                OptionalDouble.empty(), List.of(caseSummary));
        RunSummary summary = new RunSummary(RunSummary.SCHEMA_VERSION, "geo", "Geography", "classpath:geo.eval.yaml",
                "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 2, 1.0, true, List.of(variant));

        files.writeSummary(run, summary);
        files.markLatest(suite, "run-1");

        assertThat(files.readSummary(run)).isEqualTo(summary);
        assertThat(files.latest(suite)).contains(run);
    }

    @Test
    void comparisonAndGatesRoundTripThroughTheSummary(@TempDir Path run) throws IOException {
        MetricStats stats = new MetricStats("b", 20, 40, 0.8, 0.1, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0, OptionalDouble.of(0.75),
                OptionalDouble.of(0.85), Optional.of(new VarianceSplit(0.01, 0.02, 0.33, 0.03, 0.02, VarianceComponents.Lever.MORE_CASES)));
        MetricDifference difference = new MetricDifference("b", 20, 0, 0.6, 0.8, 0.2, 0.1, 0.3, 0.001, 0.002, true,
                0.11, 0.29, 0.003, OptionalDouble.of(0.07), OptionalLong.of(12), OptionalInt.empty());
        Comparison comparison = new Comparison("a", "accuracy", List.of("cost_per_request"), 0.05, 0.95, 0.05, "holm",
                List.of(new MetricComparison("accuracy", false, true, Direction.HIGHER, true, List.of(stats), List.of(difference)),
                        new MetricComparison("cost_per_request", true, false, Direction.LOWER, true, List.of(stats),
                                List.of(difference)),
                        new MetricComparison("sentences", false, false, Direction.within(2, 3), true,
                                List.of(stats), List.of(difference))),
                List.of(new Decision("b", TreatmentVerdict.SHIP_TREATMENT, "accuracy", 0.2, 0.1, 0.3, 0.95, 20,
                        "interval above 0")),
                List.of(new ErrorRateCheck("b", 0.0, 0.1, 0.1, 0.02, 0.2, 0.01, true)), "b");
        GateResult gate = new GateResult("accuracy of b", "threshold", Optional.of("accuracy"), Optional.of("b"),
                GateResult.Status.INCONCLUSIVE, "mean >= 0.9", "0.8", "needs 12 more cases", true);
        RunSummary summary = new RunSummary(RunSummary.SCHEMA_VERSION, "geo", "Geography", "classpath:geo.eval.yaml",
                "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 2, 1.0, true, List.of())
                .withDecisions(Optional.of(comparison), List.of(gate), true);

        files.writeSummary(run, summary);

        RunSummary read = files.readSummary(run);
        assertThat(read).isEqualTo(summary);
        assertThat(read.comparison().orElseThrow().decision("b").orElseThrow().outcome())
                .isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(read.gates().get(0).passed()).isTrue();
        assertThat(Files.readString(run.resolve(RunFiles.SUMMARY))).contains("\"direction\" : \"higher\"",
                "\"direction\" : \"lower\"", "\"within\" : [ 2.0, 3.0 ]").doesNotContain("higherIsBetter");
    }

    @Test
    void anOlderSummaryWithHigherIsBetterReadsAsItsDirection(@TempDir Path run) throws Exception {
        // a summary.json as written before directions had a type: "higherIsBetter": true / false
        Files.copy(Path.of(getClass().getResource("/fixtures/old-summary/summary.json").toURI()),
                run.resolve(RunFiles.SUMMARY));

        Comparison comparison = files.readSummary(run).comparison().orElseThrow();

        assertThat(comparison.metric("accuracy").orElseThrow().direction()).isEqualTo(Direction.HIGHER);
        assertThat(comparison.metric("latency_ms").orElseThrow().direction()).isEqualTo(Direction.LOWER);
        assertThat(comparison.metric("latency_ms").orElseThrow().differences().get(0).difference()).isEqualTo(-210);
    }

    @Test
    void providerNotesRoundTripAndAreLeftOutWhenThereAreNone(@TempDir Path run) throws IOException {
        RunSummary plain = new RunSummary(RunSummary.SCHEMA_VERSION, "geo", "Geography", "classpath:geo.eval.yaml",
                "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 1, 1.0, true, List.of());
        RunSummary noted = plain.withProviderNotes(Map.of("openai", "simulated (seed 42)", "anthropic", "simulated"));

        files.writeSummary(run, plain);
        assertThat(Files.readString(run.resolve(RunFiles.SUMMARY))).doesNotContain("providerNotes");
        assertThat(files.readSummary(run).providerNotes()).isEmpty();
        files.writeSummary(run, noted);

        assertThat(files.readSummary(run)).isEqualTo(noted);
        assertThat(files.readSummary(run).providerNotes()).containsExactly(Map.entry("anthropic", "simulated"),
                Map.entry("openai", "simulated (seed 42)"));
    }

    @Test
    void findingsRoundTripWithTheirKindAndAnUnknownKindIsLeftOut(@TempDir Path run) throws IOException {
        List<SuiteFinding> findings = List.of(
                new SuiteFinding.Confusion("label-match", "label", "a", List.of("x", "y"),
                        List.of(List.of(3, 1), List.of(0, 2)), 1, OptionalDouble.of(5 / 6.0), OptionalDouble.empty()),
                new SuiteFinding.Pairwise("pairwise-judge", "pref", "b", "a", 4, 1, 2, 1, 0, OptionalDouble.of(5 / 7.0),
                        OptionalDouble.of(1 / 7.0)),
                new SuiteFinding.JudgeNoise("rubric-judge", "quality", "a", 5, 10, 0, OptionalDouble.of(0.4),
                        OptionalDouble.of(0.6), OptionalDouble.of(0.4)),
                new SuiteFinding.Calibration("rubric-judge", "quality", "a", "human", List.of(
                        new SuiteFinding.Agreement("spearman", OptionalDouble.empty(), 5, 0.6, true))),
                new SuiteFinding.Failed("pairwise-judge", "pref", "*", "judge model unavailable"));
        RunSummary summary = new RunSummary(RunSummary.SCHEMA_VERSION, "geo", "Geography", "classpath:geo.eval.yaml",
                "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 1, 1.0, true, List.of())
                .withFindings(findings);

        files.writeSummary(run, summary);

        assertThat(files.readSummary(run)).isEqualTo(summary);
        String json = Files.readString(run.resolve(RunFiles.SUMMARY));
        assertThat(json).contains("\"kind\" : \"confusion-matrix\"", "\"kind\" : \"failed\"");
        Files.writeString(run.resolve(RunFiles.SUMMARY), json.replace("\"kind\" : \"pairwise\"", "\"kind\" : \"newer\""));
        assertThat(files.readSummary(run).findings()).hasSize(4).noneMatch(f -> f instanceof SuiteFinding.Pairwise);
    }

    @Test
    void casesRoundTripAndAMalformedLineNamesItsLineNumber(@TempDir Path run) throws IOException {
        CaseRecord record = CaseRecord.of(Case.of("q1", Map.of("question", "Capital of France?", "tags", List.of("geo"))));
        Files.writeString(run.resolve(RunFiles.CASES), files.toLine(record) + "\n");
        try (Stream<CaseRecord> records = files.readCases(run)) {
            assertThat(records.toList()).containsExactly(record);
        }
        Files.writeString(run.resolve(RunFiles.CASES), files.toLine(record) + "\n[1]\n");
        try (Stream<CaseRecord> records = files.readCases(run)) {
            assertThatThrownBy(records::toList).hasMessageContaining("cases.jsonl:2: not a cases.jsonl line");
        }
    }

    @Test
    void aMalformedJournalLineNamesItsLineNumber(@TempDir Path run) throws IOException {
        Sample sample = Sample.success("a", "q1", 0, "f", ModelResponse.of("x", Duration.ZERO));
        String good = files.toLine(SampleRecord.of("s", "r", sample, List.of(), true));
        Files.writeString(run.resolve(RunFiles.RESULTS), good + "\n{not json\n");

        try (Stream<SampleRecord> records = files.readResults(run)) {
            assertThatThrownBy(records::toList).hasMessageContaining("results.jsonl:2:");
        }
    }
}
