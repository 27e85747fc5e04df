package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that carries the comparison, decisions, gates, judge sections and a winner.json ({@link DecidedRun}). */
class DecidedRunTest {

    @TempDir
    Path temp;

    private Path run;

    @BeforeEach
    void writeRun() throws IOException {
        run = DecidedRun.write(temp.resolve("support-replies"));
    }

    @Test
    void rendersTheDecisionBannerForestPlotGatesWinnerAndJudgeFindings() throws IOException {
        ReportWriter.Written written = new ReportWriter().write(run);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);

        assertThat(html).contains("<div class=\"banner good\">", "<div class=\"verdict\">Ship Treatment 1</div>",
                "<b>Treatment 1 − Control</b>+0.081 <span class=\"legend\">97.5% CI [0.032, 0.130]</span>",
                "<b>adjusted p-value</b>0.002", "<span class=\"pill fail\">failed</span>",
                "ship: the 97.5% interval of quality&#39;s difference [0.032, 0.130] lies above 0")
                .contains("<td>Treatment 2</td><td>KEEP_CONTROL</td><td class=\"num\">-0.064</td>"
                        + "<td class=\"num\">[-0.118, -0.010]</td><td class=\"num\">6</td><td class=\"num\">0.090</td>"
                        + "<td>16.7% vs 0.0% <span class=\"pill err\">differs");
        assertThat(ReportWriterTest.count(html, "aria-label=\"Paired differences on ")).as("paired metrics only")
                .isEqualTo(2);
        assertThat(ReportWriterTest.count(html, "<circle cx=\"[\\d.]+\" cy=\"[\\d.]+\" r=\"4.5\""))
                .as("one forest row per difference").isEqualTo(4);
        assertThat(ReportWriterTest.count(html, "<rect [^>]*fill=\"#eaeef2\"/>")).as("band on the primary metric only")
                .isEqualTo(1);
        assertThat(html).contains("Shaded band: ± minimum meaningful effect (0.050).")
                .contains("<tr><td>quality</td><td>Treatment 1</td><td class=\"num\">6</td><td class=\"num\">+0.081</td>"
                        + "<td class=\"num\">[0.032, 0.130]</td><td class=\"num\">[0.022, 0.140]</td>"
                        + "<td class=\"num\">0.001</td><td class=\"num sig\">0.002</td><td class=\"num\">0.002</td></tr>");
        assertThat(ReportWriterTest.count(html, "stroke=\"#1a7f37\" stroke-width=\"2\"")).as("better").isEqualTo(1);
        assertThat(ReportWriterTest.count(html, "stroke=\"#cf222e\" stroke-width=\"2\"")).as("worse").isEqualTo(1);
        assertThat(html).contains("<td>quality mean of treatment-1 &gt;= 0.60</td><td>mean ≥ 0.60</td>"
                        + "<td>0.685 (95% CI 0.601 to 0.769)</td><td><span class=\"pill pass\">passed</span></td>")
                .contains("<span class=\"pill err\">inconclusive (allowed)</span><div class=\"legend\">inconclusive:"
                        + " the interval reaches -0.120")
                .contains("<span class=\"pill fail\">failed</span><div class=\"legend\">treatment-2 is not better")
                .contains("run <b class=\"mono\">treatment-1</b> in production now",
                        "<dt>systemPrompt</dt><dd><pre class=\"text\">You are a concise, friendly support agent.</pre></dd>",
                        "75fd408045edb25a756613dc8e1a9b53a70b25897632386ae56bb71f4ab2d01b")
                .contains("<tr><td>helpfulness</td><td>treatment-1</td><td>control</td><td class=\"num\">7</td>"
                        + "<td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">70.8%</td>"
                        + "<td class=\"num\">8.3%</td><td class=\"num\">0</td></tr>")
                .contains("spearman 0.420 <span class=\"legend\">(bar 0.600, n 12)</span> <span class=\"pill fail\">"
                        + "below bar</span>; krippendorff-alpha-interval 0.710 <span class=\"legend\">(bar 0.667, n 12)"
                        + "</span></td>")
                .contains("<td>quality</td><td>control</td><td class=\"num\">12</td><td class=\"num\">0.350</td>")
                .contains("<caption>intent · control: accuracy 91.7%, macro F1 0.916</caption>",
                        "<th>&lt;b&gt;shipping&lt;/b&gt;</th><td class=\"num\">0</td><td class=\"num best\">6</td>")
                .contains("scorer &#39;pairwise-judge&#39; failed: judge call failed: HTTP 500")
                .contains("<dd class=\"mono\">3f2c9e1</dd>")
                .contains("<td class=\"num\">50.0% (favours first) <span class=\"pill err\">above 30.0%</span></td>")
                .contains("<h3>Judge noise (repeated judges)</h3>", "<span class=\"pill err\">judge noise dominates: add judge repeats</span>")
                .doesNotContain("not computed for this run");

        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("**Ship Treatment 1** (SHIP\\_TREATMENT) on quality: Treatment 1 − Control ="
                        + " +0.081, 97.5% CI [0.032, 0.130], adjusted p 0.002; gates failed.")
                .contains("⚠️ Treatment 2's error rate (16.7%) differs from the baseline's (0.0%).")
                .contains("- ✅ quality mean of treatment-1 &gt;= 0.60: required mean ≥ 0.60, measured 0.685")
                .contains("- ✅ treatment-1 non-inferior on exact (margin 0.10): required interval low &gt; -0.10,"
                        + " measured +0.083 (95% CI -0.120 to 0.287) (inconclusive)")
                .contains("- ❌ treatment-2 better by 0.02")
                .contains("- helpfulness: treatment-1 vs control: 7 wins, 3 ties, 2 losses (win rate 70.8%), position"
                        + " bias 8.3%\n")
                .contains("- conciseness: treatment-1 vs control: 1 wins, 10 ties, 1 losses (win rate 50.0%), position bias"
                        + " 50.0% ⚠️ above the 30.0% limit (favours the first shown): the judge's order, not the variants,"
                        + " decides these pairs")
                .contains("- ⚠️ quality on treatment-1 vs human human\\_rating: spearman 0.420 (below 0.600),"
                        + " krippendorff-alpha-interval 0.710");
    }

    @Test
    void aSectionInAnotherShapeIsExplainedAndTheRestStillRenders() throws IOException {
        Path summary = run.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"kind\" : \"pairwise\"",
                "\"kind\" : \"from-a-newer-engine\""));
        Files.writeString(run.resolve("winner.json"), Files.readString(run.resolve("winner.json"))
                .replace("\"temperature\" : 0.2", "\"temperature\" : 0.9"));

        String html = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);

        assertThat(html).as("a finding of an unknown kind is left out").contains("Pairwise judge: not computed")
                .contains("<caption>intent · control: accuracy 91.7%")
                .contains("Winner config (winner.json) cannot be shown:", "the config was changed after the evaluation")
                .contains("<div class=\"verdict\">Ship Treatment 1</div>");
    }

    @Test
    void aWinnerFromSimulatedModelsIsMarkedSo() throws IOException {
        String html = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("id=\"winner-simulated\"");

        WinnerFile real = WinnerFiles.read(run.resolve("winner.json"));
        WinnerFiles.write(new WinnerFile(real.schemaVersion(), real.experimentId(), real.decision(), real.winner(),
                real.baseline(), real.evidence(), real.suiteId(), real.runId(), real.gitCommit(), real.timestamp(),
                List.of("openai")), run.resolve("winner.json"));

        html = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);
        assertThat(html).contains("<p id=\"winner-simulated\"><span class=\"pill fail\">simulated</span> This verdict"
                + " comes from simulated models (<span class=\"mono\">openai</span>)");
    }

    @Test
    void aSuiteWithoutGatesSaysSo() throws IOException {
        RunFiles files = new RunFiles();
        RunSummary summary = files.readSummary(run);
        files.writeSummary(run, summary.withDecisions(summary.comparison(), List.of(), true));

        String html = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);

        assertThat(html).contains("<b>gates</b>none defined", "The suite defines no gates.");
    }
}
