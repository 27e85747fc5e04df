package dev.evalunit.reports;

import dev.evalunit.api.run.AdaptiveRepeatsResult;
import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The report and summary.md state the calls adaptive repeats saved and reallocated. */
class AdaptiveRepeatsNotesTest {

    @TempDir
    Path temp;

    @Test
    void theReportAndSummaryStateTheCallsSavedAndReallocated() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("run"));
        RunFiles files = new RunFiles();
        files.writeSummary(run, files.readSummary(run).withAdaptiveRepeats(
                new AdaptiveRepeatsResult("quality", 2, 16, 20, 10, 10, 160, 120, 40, 20)));

        ReportWriter.Written written = new ReportWriter().write(run);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);

        String expected = "Adaptive repeats on quality: 120 of 160 calls made, 40 saved (25.0%), 20 reallocated;"
                + " 10 of 20 cases got more than 2 repeats, 10 stopped early (at most 16 repeats per variant and case).";
        assertThat(html).contains("<div class=\"banner notice\" role=\"note\" id=\"adaptive-repeats\"><p>🔁 "
                + expected);
        assertThat(markdown).contains("🔁 " + expected);
    }

    @Test
    void aRunWithoutAdaptiveRepeatsSaysNothingOfThem() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("run"));
        ReportWriter.Written written = new ReportWriter().write(run);
        assertThat(Files.readString(written.html(), StandardCharsets.UTF_8)).doesNotContain("adaptive-repeats");
        assertThat(Files.readString(written.markdown(), StandardCharsets.UTF_8)).doesNotContain("Adaptive repeats");
    }
}
