package dev.evalunit.reports;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {

    @TempDir
    Path temp;

    private final ReportWriter writer = new ReportWriter();

    @Test
    void caseFieldsComeFromCasesJsonlShortenedAndRunsWithoutItStillRender() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("fields"));
        String longQuestion = "é".repeat(CaseFields.LIMIT + 700);
        Files.writeString(run.resolve(RunFiles.CASES), new RunFiles().toLine(new CaseRecord("case-2",
                Map.of("question", longQuestion, "tags", List.of("a", "<b>")))) + "\n", StandardCharsets.UTF_8);

        String html = Files.readString(writer.write(run).html(), StandardCharsets.UTF_8);
        assertThat(html).contains("<dd>" + "é".repeat(CaseFields.LIMIT) + " … (700 more characters in cases.jsonl)</dd>")
                .contains("<dd>[&quot;a&quot;,&quot;&lt;b&gt;&quot;]</dd>");
        assertThat(count(html, "<dl class=\"fields\">")).as("only case-2 was recorded").isEqualTo(1);

        Files.delete(run.resolve(RunFiles.CASES));
        assertThat(Files.readString(writer.write(run).html(), StandardCharsets.UTF_8))
                .doesNotContain("<dl class=\"fields\">").contains("<tbody data-n=\"2\"");
    }

    @Test
    void rendersTwoVariantsWithJudgesSideBySide() throws IOException {
        Path run = new RunFixture().variants(2).cases(30).repeats(3).judge(true).write(temp.resolve("run-2"));

        ReportWriter.Written written = writer.write(run);

        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>Support replies · run-2 · EvalUnit report</title>")
                .contains("Control <span class=\"pill base\">baseline</span>", "Treatment 1")
                .contains("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest")
                .contains(">quality<", ">exact<", ">helpfulness<", "latency p95", "cost per successful case")
                .contains("The reply answers the customer")
                .contains("between-case ω²", "<ins>", "<del>")
                .contains("<span class=\"pill err\">unstable</span><dl class=\"fields\"><dt>question</dt>"
                        + "<dd>Where is order 0?</dd><dt>expected</dt><dd>order 0</dd></dl></th>");
        assertThat(count(html, "<td class=\"num best\">")).as("best values highlighted").isGreaterThan(3);
        assertThat(count(html, "<tbody data-n=")).isEqualTo(30);
        assertThat(count(html, "<tbody data-n=[^>]* hidden>")).isEqualTo(30 - ReportBuilder.PAGE_SIZE);
        assertThat(html).contains("Decision (winner, difference, interval, p-value): not computed for this run.",
                "Forest plot of paired differences: not computed for this run.",
                "Quality gates: not computed for this run.", "Winner config (winner.json): not computed for this run.");
        assertThat(count(html, "<svg ")).as("two Pareto panels, three distributions, one per-case difference plot")
                .isEqualTo(6);

        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("### EvalUnit: Support replies")
                .contains("| metric | Control (baseline) | Treatment 1 |", "|---|---:|---:|", "| latency p95 |")
                .contains("Decision: not computed for this run.");
    }

    @Test
    void rendersFourVariantsWithoutJudges() throws IOException {
        Path run = new RunFixture().variants(4).cases(12).repeats(2).judge(false).write(temp.resolve("run-4"));

        String html = Files.readString(writer.write(run).html(), StandardCharsets.UTF_8);

        assertThat(html).contains("Treatment 1", "Treatment 2", "Treatment 3")
                .doesNotContain("helpfulness")
                .contains("Judge noise: not computed for this run (no judge was repeated on a sample).");
        assertThat(count(html, "<th class=\"vc v\\d\">")).isEqualTo(4);
        assertThat(count(html, "<td class=\"vc v3\">")).isEqualTo(12);
        assertThat(html).contains("#case-table[data-only=\"3\"] .vc:not(.v3){display:none}");
    }

    @Test
    void showsErrorSamplesAndCountsThemInTheErrorRate() throws IOException {
        Path run = new RunFixture().variants(2).cases(10).repeats(2).errorEvery(5).write(temp.resolve("errors"));

        String html = Files.readString(writer.write(run).html(), StandardCharsets.UTF_8);

        assertThat(html).contains("RATE_LIMITED: 429 Too Many Requests after retries (after 3 attempts)")
                .contains("<span class=\"pill err\">1 error</span>");
        Matcher errorRate = Pattern.compile("<td>error rate</td><td class=\"num[^\"]*\">([^<]*)</td>"
                + "<td class=\"num[^\"]*\">([^<]*)</td>").matcher(html);
        assertThat(errorRate.find()).isTrue();
        assertThat(errorRate.group(1)).isEqualTo("20.0%");
        assertThat(errorRate.group(2)).isEqualTo("20.0%");
        assertThat(count(html, " data-e=\"1\"")).isGreaterThan(0);
    }

    @Test
    void explainsWhyVarianceNeedsRepeats() throws IOException {
        Path run = new RunFixture().variants(2).cases(8).repeats(1).write(temp.resolve("once"));

        String html = Files.readString(writer.write(run).html(), StandardCharsets.UTF_8);

        assertThat(html).contains("Variance decomposition cannot be shown: each case ran once (repeats: 1);")
                .doesNotContain("between-case ω²");
    }

    @Test
    void rendersARunInWhichNoSampleFinished() throws IOException {
        Path run = Files.createDirectories(temp.resolve("nothing"));
        new RunFiles().writeSummary(run, new RunSummary(RunSummary.SCHEMA_VERSION, "empty", "Empty", "class:Empty",
                "nothing", "2026-11-21T08:00:00Z", "2026-11-21T08:00:01Z", 1, 1.0, true, List.of()));
        Files.writeString(run.resolve(RunFiles.RESULTS), "");

        ReportWriter.Written written = writer.write(run);

        assertThat(written.html()).content(StandardCharsets.UTF_8).contains("0 cases × 1 repeat × 0 variants",
                "No scorer produced a value in this run.", "<span id=\"case-status\">No cases</span>");
        assertThat(written.markdown()).content(StandardCharsets.UTF_8).contains("Decision: not computed for this run.");
    }

    @Test
    void namesTheMissingFile() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> writer.write(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("summary.json does not exist")
                .hasMessageContaining("is " + empty + " a run directory");
    }

    @Test
    void namesTheMalformedJournalLine() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("broken"));
        Files.writeString(run.resolve("results.jsonl"), "{\"not\": \"a record\"\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> writer.write(run))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("results.jsonl:7: not a results.jsonl line");
        assertThat(run.resolve("report.html")).doesNotExist();
    }

    @Test
    void refusesAJournalFromAnotherRun() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("mixed"));
        Path other = new RunFixture().variants(3).cases(3).repeats(1).write(temp.resolve("other"));
        Files.copy(other.resolve("results.jsonl"), run.resolve("results.jsonl"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> writer.write(run))
                .hasMessageContaining("results.jsonl:7: sample of variant 'treatment-2' is not in summary.json");
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
