package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's title badges and the Markdown title agree with the decision banner: a suite that gates is
 * summarised by its gates (its failing cases are counted, not turned into a verdict), any other by its cases;
 * "cases needed" shows only while a decision is open.
 */
class VerdictTest {

    @TempDir
    Path temp;

    @Test
    void aShippedRunWhoseGatesPassedSaysSoEverywhereAndCountsItsFailingCasesAside() throws IOException {
        Path run = DecidedRun.write(temp.resolve("support-replies"));
        Path summary = run.resolve(RunFiles.SUMMARY);
        Files.writeString(summary, Files.readString(summary).replace("\"FAILED\"", "\"PASSED\""));
        int failing = new RunFiles().readSummary(run).variants().stream().mapToInt(v -> v.casesFailed()).sum();
        assertThat(failing).as("the fixture has failing cases").isPositive();

        ReportWriter.Written written = new ReportWriter().write(run);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        String title = html.substring(html.indexOf("<h1>"), html.indexOf("</h1>"));
        assertThat(title).contains("<span class=\"pill base\" id=\"title-decision\">Ship Treatment 1</span>",
                        "<span class=\"pill pass\" id=\"title-mark\">all gates passed</span>",
                        "<span class=\"pill muted\"", ">" + failing + " case failures</span>")
                .doesNotContain("pill fail", "cases failed");
        assertThat(html).contains("<b>gates</b><span class=\"pill pass\">all passed</span>");
        String markdownTitle = Files.readString(written.markdown(), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();
        assertThat(markdownTitle).isEqualTo("### EvalUnit: Support replies · Ship Treatment 1 · ✅ all gates passed ("
                + failing + " case failures)");
    }

    @Test
    void aFailedGateMarksTheTitleBesideTheDecision() throws IOException {
        ReportWriter.Written written = new ReportWriter().write(DecidedRun.write(temp.resolve("support-replies")));

        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("<span class=\"pill fail\" id=\"title-mark\">1 of 3 gates failed</span>")
                .contains("<b>gates</b><span class=\"pill fail\">failed</span>");
        assertThat(Files.readString(written.markdown(), StandardCharsets.UTF_8))
                .startsWith("### EvalUnit: Support replies · Ship Treatment 1 · ❌ 1 of 3 gates failed (");
    }

    @Test
    void casesNeededShowOnlyWhileTheDecisionIsOpen() throws IOException {
        Path run = DecidedRun.write(temp.resolve("support-replies"));
        String decided = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);
        assertThat(decided).as("both treatments are decided").doesNotContain("cases needed", "repeats needed");

        Path summary = run.resolve(RunFiles.SUMMARY);
        Files.writeString(summary, Files.readString(summary).replace("\"KEEP_CONTROL\"", "\"CONTINUE\""));
        String open = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);
        assertThat(open).contains("<th class=\"num\">cases needed</th><th class=\"num\">repeats needed</th>")
                .contains("<td>Treatment 1</td><td>SHIP_TREATMENT</td>", "<td class=\"num na\" colspan=\"2\">decided</td>")
                .contains("<td>Treatment 2</td><td>CONTINUE</td><td class=\"num\">-0.064</td>"
                        + "<td class=\"num\">[-0.118, -0.010]</td><td class=\"num\">6</td><td class=\"num\">0.090</td>"
                        + "<td class=\"num\">20</td><td class=\"num\">5</td>");
    }

    @Test
    void aSuiteWithoutComparisonIsSummarisedByItsCases() throws IOException {
        Path run = new RunFixture().cases(6).repeats(1).judge(false).errorEvery(5).write(temp.resolve("run"));
        int failing = new RunFiles().readSummary(run).variants().stream().mapToInt(v -> v.casesFailed()).sum();
        assertThat(failing).isPositive();

        ReportWriter.Written written = new ReportWriter().write(run);
        assertThat(Files.readString(written.html(), StandardCharsets.UTF_8))
                .contains("<span class=\"pill fail\" id=\"title-mark\">" + failing + " cases failed</span></h1>")
                .doesNotContain("id=\"title-decision\"");
        assertThat(Files.readString(written.markdown(), StandardCharsets.UTF_8))
                .startsWith("### EvalUnit: " + new RunFiles().readSummary(run).suiteName() + " · ❌ " + failing
                        + " cases failed\n");
    }
}
