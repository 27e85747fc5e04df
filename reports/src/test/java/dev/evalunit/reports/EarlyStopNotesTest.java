package dev.evalunit.reports;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.EarlyStopResult;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report and summary.md state the calls an anytime-valid early stop saved, and that the stop was valid. */
class EarlyStopNotesTest {

    @TempDir
    Path temp;

    @Test
    void theReportAndSummaryStateTheCallsSaved() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("run"));
        RunFiles files = new RunFiles();
        files.writeSummary(run, files.readSummary(run).withEarlyStop(new EarlyStopResult(true, "PrPl-EB",
                "quality", 0.05, true, 33, 300, 600, 66, 534,
                List.of(new EarlyStopResult.Treatment("variant-2", 29, -0.586, -1, -0.0207,
                        TreatmentVerdict.KEEP_CONTROL)), "")));

        ReportWriter.Written written = new ReportWriter().write(run);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);

        String expected = "Early stop after 33 of 300 cases: 534 of 600 calls saved (89.0%); the stop was anytime-valid"
                + " at α 0.05 per treatment (PrPl-EB) on quality: variant-2 KEEP_CONTROL, sequence [-1.000, -0.02070]"
                + " over 29 pairs.";
        assertThat(html).contains("<div class=\"banner notice\" role=\"note\" id=\"early-stop\"><p>⏱ " + expected);
        assertThat(markdown).contains("⏱️ " + expected.replace("_", "\\_").replace("[", "\\[").replace("]", "\\]"));
    }

    @Test
    void aRunWithoutTheEarlyStopSaysNothingOfIt() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("run"));
        ReportWriter.Written written = new ReportWriter().write(run);
        assertThat(Files.readString(written.html(), StandardCharsets.UTF_8)).doesNotContain("early-stop");
        assertThat(Files.readString(written.markdown(), StandardCharsets.UTF_8)).doesNotContain("Early stop");
    }
}
