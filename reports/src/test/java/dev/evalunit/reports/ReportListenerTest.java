package dev.evalunit.reports;

import dev.evalunit.api.run.FinishedRun;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.spi.RunListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportListenerTest {

    @TempDir
    Path temp;

    @Test
    void isFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(RunListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(ReportListener.class);
    }

    @Test
    void writesTheReportIntoTheRunDirectoryAndAppendsToTheStepSummary() throws Exception {
        Path run = new RunFixture().cases(5).write(temp.resolve("run-1"));
        Path stepSummary = temp.resolve("step-summary.md");
        Files.writeString(stepSummary, "earlier step\n");
        ReportListener listener = new ReportListener(Map.of(ReportListener.STEP_SUMMARY, stepSummary.toString()));
        FinishedRun finished = new FinishedRun(new RunFiles().readSummary(run), run, Map.of());

        listener.runFinished(finished);

        assertThat(run.resolve("report.html")).isNotEmptyFile();
        String markdown = Files.readString(run.resolve("summary.md"), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("### EvalUnit: Support replies");
        assertThat(Files.readString(stepSummary, StandardCharsets.UTF_8)).isEqualTo("earlier step\n" + markdown + "\n");
    }

    @Test
    void leavesTheStepSummaryAloneWhenTheVariableIsUnset() throws Exception {
        Path run = new RunFixture().cases(3).write(temp.resolve("run-2"));

        new ReportListener(Map.of()).runFinished(new FinishedRun(new RunFiles().readSummary(run), run, Map.of()));

        assertThat(run.resolve("summary.md")).isNotEmptyFile();
        assertThat(temp).isDirectoryNotContaining("glob:**step*");
    }

    @Test
    void namesTheStepSummaryFileItCannotWrite() throws Exception {
        Path run = new RunFixture().cases(3).write(temp.resolve("run-3"));
        Path unwritable = temp.resolve("missing-dir").resolve("summary.md");
        ReportListener listener = new ReportListener(Map.of(ReportListener.STEP_SUMMARY, unwritable.toString()));

        assertThatThrownBy(() -> listener.runFinished(new FinishedRun(new RunFiles().readSummary(run), run, Map.of())))
                .hasMessageContaining("cannot append the run summary to $GITHUB_STEP_SUMMARY (" + unwritable + ")");
    }
}
