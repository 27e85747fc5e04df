package dev.evalunit.maven;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check reads what the engine writes: summaries written by the engine's own {@link RunFiles}. */
class RecordedRunTest {

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void failedGatesFailUnderGatesAndBothAndFailedCasesUnderCasesAndBoth() throws IOException {
        Path run = write("answers", "run-1", summary("answers", "run-1").withDecisions(Optional.of(comparison()),
                List.of(gate("quality", GateResult.Status.PASSED, false), gate("latency", GateResult.Status.FAILED, false),
                        gate("decided", GateResult.Status.INCONCLUSIVE, true)), false));

        RecordedRun recorded = RecordedRun.read(run.resolve(RunFiles.SUMMARY));

        assertThat(recorded.failures(FailOn.GATES)).containsExactly("answers gate latency (FAILED): latency too high");
        assertThat(recorded.failures(FailOn.CASES)).containsExactly("answers b: 1 of 3 cases failed");
        assertThat(recorded.failures(FailOn.BOTH)).hasSize(2);
        assertThat(recorded.block()).containsExactly("answers [run-1]",
                "  decision  b SHIP_TREATMENT",
                "  gates     1 of 3 failed: latency (FAILED): latency too high",
                "  cases     b: 1 of 3 cases failed",
                "  report    " + run.resolve("report.html").toUri());
    }

    @Test
    void aPartialRunSaysSoAndHasNoGatesToFail() throws IOException {
        Path run = write("answers", "run-2", summary("answers", "run-2").withPartial("partial run (1 of 2 variants)"));

        RecordedRun recorded = RecordedRun.read(run.resolve(RunFiles.SUMMARY));

        assertThat(recorded.partial()).contains("partial run (1 of 2 variants)");
        assertThat(recorded.failures(FailOn.GATES)).isEmpty();
        assertThat(recorded.block()).containsSequence("answers [run-2]", "  decision  partial run (1 of 2 variants)",
                "  gates     none", "  cases     b: 1 of 3 cases failed");
    }

    @Test
    void onlyRunsOfThisBuildAreReadAndLatestIsSkipped() throws IOException {
        Path old = write("answers", "run-1", summary("answers", "run-1"));
        write("answers", "run-2", summary("answers", "run-2"));
        files.markLatest(output.resolve("answers"), "run-2");
        Instant buildStart = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(old.resolve(RunFiles.SUMMARY), FileTime.from(buildStart.minusSeconds(60)));

        assertThat(RecordedRuns.since(output, buildStart)).extracting(RecordedRun::runId).containsExactly("run-2");
        assertThat(RecordedRuns.since(output.resolve("missing"), buildStart)).isEmpty();
    }

    @Test
    void aFileThatIsNotARunSummaryIsNamed() throws IOException {
        Path file = Files.writeString(Files.createDirectories(output.resolve("x/run")).resolve(RunFiles.SUMMARY), "{}");

        assertThatThrownBy(() -> RecordedRun.read(file)).hasMessage(file + " is not an EvalUnit run summary (no suiteId or runId)");
    }

    @Test
    void failOnNamesTheValuesItKnows() {
        assertThat(FailOn.parse(" Both ")).isEqualTo(FailOn.BOTH);
        assertThatThrownBy(() -> FailOn.parse("errors")).hasMessage("failOn=errors is not one of gates, cases, both");
    }

    private Path write(String suite, String runId, RunSummary summary) throws IOException {
        Path run = Files.createDirectories(output.resolve(suite).resolve(runId));
        files.writeSummary(run, summary);
        return run;
    }

    private static RunSummary summary(String suite, String runId) {
        return new RunSummary(RunSummary.SCHEMA_VERSION, suite, suite, "classpath:" + suite + ".eval.yaml", runId,
                "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 1, 1.0, false,
                List.of(variant("a", 3, 0), variant("b", 2, 1)));
    }

    private static VariantSummary variant(String id, int passed, int failed) {
        return new VariantSummary(id, id, "inprocess:echo", passed, failed, passed + failed, 0, 0.0, List.of(),
                OptionalDouble.empty(), 0, 0, OptionalDouble.empty(), List.of());
    }

    private static GateResult gate(String name, GateResult.Status status, boolean allowInconclusive) {
        return new GateResult(name, "threshold", Optional.of(name), Optional.of("b"), status, "required", "measured",
                name + " too high", allowInconclusive);
    }

    private static Comparison comparison() {
        return new Comparison("a", "accuracy", List.of(), 0.05, 0.95, 0.05, "holm", List.of(),
                List.of(new Decision("b", TreatmentVerdict.SHIP_TREATMENT, "accuracy", 0.2, 0.1, 0.3, 0.95, 3, "better")),
                List.of(), "b");
    }
}
