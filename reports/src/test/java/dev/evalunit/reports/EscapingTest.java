package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Model, dataset and judge text is untrusted: script, attribute and URL payloads must render inert. */
class EscapingTest {

    static final String OUTPUT_PAYLOAD = "<script>document.title='pwned-script'</script>"
            + "<img src=x onerror=\"document.title='pwned-img'\"> \" onmouseover=\"document.title='pwned-attr'\" "
            + "javascript:document.title='pwned-url' https://evil.example/phish [click](javascript:alert(1)) | cell | *bold*";
    static final String CASE_PAYLOAD = "case\"><svg onload=\"document.title='pwned-case'\">";
    static final String NAME_PAYLOAD = " <b onmouseover=\"document.title='pwned-name'\">x</b>";

    @TempDir
    Path temp;

    /** Writes a run whose outputs, judge reasons, case ids and variant names carry payloads. */
    static Path hostileRun(Path directory) throws IOException {
        return new RunFixture().variants(2).cases(4).repeats(1)
                .caseIds(i -> i == 1 ? CASE_PAYLOAD : "case-" + (i + 1))
                .hostile(Map.of("case-1", OUTPUT_PAYLOAD, CASE_PAYLOAD, OUTPUT_PAYLOAD), NAME_PAYLOAD)
                .write(directory);
    }

    @Test
    void htmlRendersPayloadsAsText() throws IOException {
        String html = Files.readString(new ReportWriter().write(hostileRun(temp.resolve("run"))).html(),
                StandardCharsets.UTF_8);

        List<HtmlTags.Tag> tags = HtmlTags.startTags(html);
        assertThat(tags).filteredOn(t -> t.name().equals("script")).hasSize(1);
        assertThat(tags).extracting(HtmlTags.Tag::name).doesNotContain("img", "iframe", "object", "embed")
                .filteredOn(name -> name.equals("svg")).hasSize(2 + 3);
        assertThat(tags).filteredOn(t -> t.name().equals("b")).flatExtracting(HtmlTags.Tag::attributes)
                .allSatisfy(a -> assertThat(a.name()).isEqualTo("class"));
        assertThat(tags).flatExtracting(HtmlTags.Tag::attributes)
                .allSatisfy(a -> assertThat(a.name()).doesNotStartWith("on"))
                .filteredOn(a -> Set.of("href", "src", "action", "formaction", "xlink:href").contains(a.name()))
                .allSatisfy(a -> assertThat(a.value()).startsWith("#"));
        assertThat(html).contains("&lt;script&gt;document.title=&#39;pwned-script&#39;&lt;/script&gt;")
                .contains("&quot; onmouseover=&quot;document.title=&#39;pwned-attr&#39;&quot;")
                .contains("data-id=\"case&quot;&gt;&lt;svg onload=&quot;document.title=&#39;pwned-case&#39;&quot;&gt;\"")
                .contains("Control &lt;b onmouseover=");
        assertThat(html).contains("script-src 'sha256-");
    }

    @Test
    void markdownRendersPayloadsAsText() throws IOException {
        String markdown = Files.readString(new ReportWriter().write(hostileRun(temp.resolve("run"))).markdown(),
                StandardCharsets.UTF_8);

        assertThat(markdown).doesNotContain("<b", "<script", "<img")
                .contains("Control &lt;b onmouseover=\"document.title='pwned-name'\"&gt;x&lt;/b&gt; (baseline) |");
    }

    @Test
    void providerNotesAreNoticedInTheHeaderAndSummaryAsText() throws IOException {
        Path run = new RunFixture().variants(2).cases(3).repeats(1).write(temp.resolve("run"));
        RunFiles files = new RunFiles();
        files.writeSummary(run, files.readSummary(run).withProviderNotes(Map.of("openai", "simulated" + NAME_PAYLOAD)));

        ReportWriter.Written written = new ReportWriter().write(run);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);

        String notice = html.substring(html.indexOf("<div class=\"banner notice\""));
        assertThat(html.indexOf("<div class=\"banner notice\"")).isPositive().isLessThan(html.indexOf("<section"));
        assertThat(notice).startsWith("<div class=\"banner notice\" role=\"note\"><p>⚠ &#39;openai&#39; models: "
                + "simulated &lt;b onmouseover=&quot;document.title=&#39;pwned-name&#39;&quot;&gt;x&lt;/b&gt;</p>");
        assertThat(HtmlTags.startTags(html)).filteredOn(t -> t.name().equals("b"))
                .flatExtracting(HtmlTags.Tag::attributes).allSatisfy(a -> assertThat(a.name()).isEqualTo("class"));
        assertThat(markdown).doesNotContain("<b").contains("⚠️ **'openai' models: simulated &lt;b onmouseover=");
    }

    @Test
    void markdownEscapingNeutralisesSyntaxAndAutolinks() {
        MarkdownOutputFormat format = MarkdownOutputFormat.INSTANCE;

        assertThat(format.escapePlainText("a|b *c* _d_ `e` [f](g) <h> & \\ ~i~"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) &lt;h&gt; &amp; \\\\ \\~i\\~");
        assertThat(format.escapePlainText("line\nbreak")).isEqualTo("line break");
        assertThat(format.escapePlainText("# not a heading - x")).isEqualTo("\\# not a heading - x");
        assertThat(format.escapePlainText("- not a list")).isEqualTo("\\- not a list");
        assertThat(format.escapePlainText("---")).isEqualTo("\\---");
        assertThat(format.escapePlainText("-0.25")).isEqualTo("-0.25");
        assertThat(format.escapePlainText("see https://evil.example or www.evil.example or me@evil.example"))
                .isEqualTo("see https&#58;//evil.example or www&#46;evil.example or me&#64;evil.example");
    }

    @Test
    void directionAndLineSeparatorControlsShowVisiblyInHtmlAndMarkdown() throws IOException {
        String spoof = "approved\u202Edeliver\u2066x\u2069\u2028| injected row |\u2029\u200F";
        Path run = new RunFixture().variants(2).cases(3).repeats(1)
                .caseIds(i -> i == 1 ? "case-" + spoof : "case-" + (i + 1))
                .hostile(Map.of("case-1", spoof), " " + spoof)
                .write(temp.resolve("run"));

        ReportWriter.Written written = new ReportWriter().write(run);
        for (Path file : List.of(written.html(), written.markdown())) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text.chars().filter(c -> VisibleControls.neutralised((char) c))).as(file.toString()).isEmpty();
            assertThat(text).as(file.toString()).contains("approved⟨U+202E⟩deliver⟨U+2066⟩x⟨U+2069⟩⟨U+2028⟩");
        }
    }
}
