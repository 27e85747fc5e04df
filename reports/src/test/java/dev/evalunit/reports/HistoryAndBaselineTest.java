package dev.evalunit.reports;

import dev.evalunit.api.run.FinishedRun;
import dev.evalunit.api.run.HistoryEntry;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's trend across runs from {@code history.jsonl}, and the comparison with a baseline run. */
class HistoryAndBaselineTest {

    @TempDir
    Path temp;
    private final RunFiles files = new RunFiles();

    private static HistoryEntry entry(String runId, String commit, String variant, double mean) {
        return new HistoryEntry("support-replies", runId, Optional.of(commit), "2026-11-2" + runId.length() + "T08:00:00Z",
                variant, variant.equals("control"), Optional.of("quality"), OptionalDouble.of(mean),
                OptionalDouble.of(mean - 0.05), OptionalDouble.of(mean + 0.05), Optional.empty(), 6, 5, true, List.of(),
                OptionalDouble.of(0.01));
    }

    @Test
    void theReportDrawsThePrimaryMetricOfEveryVariantOverTheRunsUpToThisOne() throws IOException {
        Path suite = temp.resolve("support-replies");
        Path run = DecidedRun.write(suite);
        RunSummary summary = files.readSummary(run);
        files.appendHistory(suite, List.of(entry("r1", "aaaaaaa111", "control", 0.58),
                entry("r1", "aaaaaaa111", "treatment-1", 0.60)));
        files.appendHistory(suite, List.of(entry("r2", "<b>bbbbb222", "control", 0.61),
                entry("r2", "<b>bbbbb222", "treatment-1", 0.66)));
        files.appendHistory(suite, HistoryEntry.of(summary, Optional.of("ccccccc333")));
        files.appendHistory(suite, List.of(entry("r4-later", "ddddddd444", "control", 0.2)));

        new ReportWriter().write(run);

        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        String trend = html.substring(html.indexOf("<h3>Trend across runs</h3>"), html.indexOf("<h3>Quality vs cost"));
        assertThat(Pattern.compile("<polyline ").matcher(trend).results().count()).as("one line per variant")
                .isEqualTo(3);
        assertThat(trend).contains("aaaaaaa", "ccccccc", "font-weight=\"bold\">ccccccc",
                "treatment-1 in r2 (&lt;b&gt;bbbbb222): quality 0.66 [0.61, 0.71], gates passed")
                .doesNotContain("<b>bbbbb").as("runs after this one are left out").doesNotContain("ddddddd");
    }

    @Test
    void aSingleRunOfHistoryIsNoTrendAndSaysWhy() throws IOException {
        Path suite = temp.resolve("support-replies");
        Path run = DecidedRun.write(suite);
        files.appendHistory(suite, HistoryEntry.of(files.readSummary(run), Optional.empty()));

        new ReportWriter().write(run);

        assertThat(run.resolve("report.html")).content(StandardCharsets.UTF_8).contains("Trend across runs cannot be"
                + " shown: the suite&#39;s history has 1 full run(s) with quality up to this one; the trend needs two");
    }

    @Test
    void aFinishedRunIsComparedWithTheBaselineRunOfItsSuite() throws IOException {
        Path baseline = temp.resolve("main-artifact");
        new RunFixture().cases(40).repeats(2).write(baseline.resolve("support-replies").resolve("main-run"));
        files.markLatest(baseline.resolve("support-replies"), "main-run");
        Path run = new RunFixture().cases(40).repeats(2).qualityShift(-0.3)
                .write(temp.resolve("support-replies").resolve("branch-run"));
        Path stepSummary = temp.resolve("step-summary.md");
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new ReportListener(Map.of(ReportListener.STEP_SUMMARY, stepSummary.toString())).runFinished(
                    new FinishedRun(files.readSummary(run), run, Map.of(BaselineComparison.SETTING, baseline.toString())));
        } finally {
            System.setOut(console);
        }
        assertThat(run.resolve(CompareRuns.MARKDOWN)).content(StandardCharsets.UTF_8)
                .contains("main-run → branch-run: 28 cases regressed", "**regressed**", "**Regressed cases**");
        assertThat(run.resolve(CompareRuns.HTML)).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("main-run → branch-run: 28 cases regressed");
        assertThat(stepSummary).content(StandardCharsets.UTF_8).contains("28 cases regressed");
    }

    @Test
    void aDownloadedArtifactWhoseLatestLinkWasFollowedIsABaseline() throws IOException {
        Path baseline = temp.resolve("downloaded");
        new RunFixture().cases(20).write(baseline.resolve("support-replies").resolve(RunFiles.LATEST));
        Path run = new RunFixture().cases(20).qualityShift(-0.3)
                .write(temp.resolve("support-replies").resolve("branch-run"));
        new ReportListener(Map.of()).runFinished(new FinishedRun(files.readSummary(run), run,
                Map.of(BaselineComparison.SETTING, baseline.toString())));
        assertThat(run.resolve(CompareRuns.MARKDOWN)).content(StandardCharsets.UTF_8).contains("cases regressed");
    }

    @Test
    void aBaselineThatHoldsNoRunOfTheSuiteIsNamed() throws IOException {
        Path run = new RunFixture().cases(4).write(temp.resolve("support-replies").resolve("branch-run"));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        FinishedRun finished = new FinishedRun(files.readSummary(run), run,
                Map.of(BaselineComparison.SETTING, empty.toString()));
        assertThatThrownBy(() -> new ReportListener(Map.of()).runFinished(finished))
                .hasMessageContaining("evalunit.baseline=" + empty + " leads to no baseline run of suite"
                        + " 'support-replies'");
    }
}
