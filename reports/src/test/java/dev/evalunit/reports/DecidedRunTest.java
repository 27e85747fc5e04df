package dev.evalunit.reports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that carries the comparison, gates, judge and winner sections, from a hand-written fixture
 * ({@code src/test/resources/runs/support-replies/2026-11-21T08-00-00Z}: summary.json with the documented
 * extension sections, and a winner.json written by the bucketing module's writer).
 */
class DecidedRunTest {

    static final String FIXTURE = "/runs/support-replies/2026-11-21T08-00-00Z";

    @TempDir
    Path temp;

    private Path run;

    @BeforeEach
    void copyFixture() throws IOException {
        run = copyOfFixture(temp);
    }

    /** A writable copy of the decided run fixture. */
    static Path copyOfFixture(Path temp) throws IOException {
        Path source;
        try {
            source = Path.of(DecidedRunTest.class.getResource(FIXTURE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path run = Files.createDirectories(temp.resolve("support-replies").resolve(source.getFileName().toString()));
        try (Stream<Path> files = Files.list(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, run.resolve(file.getFileName().toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return run;
    }

    @Test
    void rendersTheDecisionBannerForestPlotGatesWinnerAndJudgeBias() throws IOException {
        ReportWriter.Written written = new ReportWriter().write(run);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);

        assertThat(html).contains("<div class=\"banner good\">", "<div class=\"verdict\">Ship Treatment 1</div>",
                "<b>difference vs Control</b>+0.081 <span class=\"legend\">95% CI [0.032, 0.130]</span>",
                "<b>p-value</b>0.002", "<span class=\"pill fail\">failed</span>");
        assertThat(ReportWriterTest.count(html, "<circle cx=\"[\\d.]+\" cy=\"[\\d.]+\" r=\"4.5\""))
                .as("one forest row per difference").isEqualTo(6);
        assertThat(ReportWriterTest.count(html, "aria-label=\"Paired differences on ")).as("one plot per metric")
                .isEqualTo(3);
        assertThat(ReportWriterTest.count(html, "<rect [^>]*fill=\"#eaeef2\"/>")).as("band on the primary metric only")
                .isEqualTo(1);
        assertThat(html).contains("Shaded band: ± minimum meaningful effect (0.050).");
        assertThat(ReportWriterTest.count(html, "stroke=\"#1a7f37\" stroke-width=\"2\"")).as("better").isEqualTo(2);
        assertThat(ReportWriterTest.count(html, "stroke=\"#cf222e\" stroke-width=\"2\"")).as("worse").isEqualTo(1);
        assertThat(html).contains("<td>treatment-1 non-inferior to control on exact (margin 0.10)</td>"
                        + "<td>interval low &gt; -0.10</td><td>+0.083 [-0.120, 0.287]</td>"
                        + "<td><span class=\"pill fail\">failed</span><div class=\"legend\">the interval reaches -0.120,")
                .contains("run <b class=\"mono\">treatment-1</b> in production now",
                        "<dt>systemPrompt</dt><dd><pre class=\"text\">You are a concise, friendly support agent.</pre></dd>",
                        "75fd408045edb25a756613dc8e1a9b53a70b25897632386ae56bb71f4ab2d01b")
                .contains("<td>helpfulness</td><td class=\"num\">7.0%</td>", "0.600 → 0.550")
                .contains("<dd class=\"mono\">3f2c9e1</dd>")
                .doesNotContain("not computed for this run.</p>\n<p class=\"legend\">Variants are still compared");

        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("**Ship Treatment 1** (SHIP\\_TREATMENT) on quality: +0.081 vs Control,"
                        + " 95% CI \\[0.032, 0.130\\], p 0.002; gates failed.")
                .contains("- ✅ quality mean of treatment-1 &gt;= 0.60: required mean &gt;= 0.60, measured 0.662")
                .contains("- ❌ error rate of treatment-1 &lt;= 5%");
    }

    @Test
    void aSectionInAnotherShapeIsExplainedAndTheRestStillRenders() throws IOException {
        Path summary = run.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"passed\" : true }", "\"passed\" : \"yes\" }"));
        Files.writeString(run.resolve("winner.json"), Files.readString(run.resolve("winner.json"))
                .replace("\"temperature\" : 0.2", "\"temperature\" : 0.9"));

        String html = Files.readString(new ReportWriter().write(run).html(), StandardCharsets.UTF_8);

        assertThat(html).contains("Quality gates cannot be shown: summary.json has a &#39;gates&#39; section this"
                        + " report cannot read: &#39;gates[0].passed&#39; must be true or false")
                .contains("Winner config (winner.json) cannot be shown:", "the config was changed after the evaluation")
                .contains("<div class=\"verdict\">Ship Treatment 1</div>")
                .contains("<b>gates</b>could not be read");
    }
}
