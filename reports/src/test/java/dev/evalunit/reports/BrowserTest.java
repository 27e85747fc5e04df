package dev.evalunit.reports;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The report in a real browser: headless Chromium loads it from a file, runs its script, logs nothing. */
class BrowserTest {

    @TempDir
    Path temp;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed at " + HeadlessChromium.EXECUTABLE
                + "; skipping the browser check (install Debian's 'chromium' package, as .ci/run does)");
        chromium = new HeadlessChromium(temp);
    }

    @Test
    void loadsTheReportWithoutConsoleMessagesAndRendersEverySection() throws Exception {
        Path html = new ReportWriter().write(DecidedRun.write(temp.resolve("support-replies"))).html();

        HeadlessChromium.Load load = chromium.dumpDom(html);

        assertThat(load.console()).isEmpty();
        String dom = load.output();
        assertThat(dom).contains("data-ready=\"true\"")
                .contains("<div class=\"verdict\">Ship Treatment 1</div>")
                .contains("<section id=\"variants\">", "<section id=\"charts\">", "<section id=\"variance\">",
                        "<section id=\"gates\">", "<section id=\"cases\">", "<section id=\"run\">")
                .contains("<span id=\"case-status\">Cases 1–6 of 6</span>");
        assertThat(ReportWriterTest.count(dom, "<svg ")).isEqualTo(2 + 2 + 3);
        assertThat(ReportWriterTest.count(dom, "<tbody data-n=\"\\d+\"[^>]*hidden")).isZero();
    }

    @Test
    void pagesTheCaseTable() throws Exception {
        Path run = new RunFixture().cases(60).repeats(1).judge(false).write(temp.resolve("run"));
        Path html = new ReportWriter().write(run).html();

        HeadlessChromium.Load load = chromium.dumpDom(html);

        assertThat(load.console()).isEmpty();
        assertThat(load.output()).contains("<span id=\"case-status\">Cases 1–25 of 60</span>", "<span id=\"case-pages\">of 3</span>");
        assertThat(ReportWriterTest.count(load.output(), "<tbody data-n=\"\\d+\"[^>]*hidden=\"\"")).isEqualTo(35);
    }

    @Test
    void filtersSortsAndPagesTheCaseTable() throws Exception {
        Path run = new RunFixture().cases(60).repeats(2).judge(false).errorEvery(7).write(temp.resolve("run"));
        RunSummary summary = new RunFiles().readSummary(run);
        Path html = new ReportWriter().write(run).html();
        Path driven = temp.resolve("driven.html");
        Files.writeString(driven, Files.readString(html, StandardCharsets.UTF_8)
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", DRIVER + "</body>"), StandardCharsets.UTF_8);

        HeadlessChromium.Load load = chromium.dumpDom(driven);

        assertThat(load.console()).isEmpty();
        String result = load.output().substring(load.output().indexOf("<pre id=\"driver\">") + 17);
        result = result.substring(0, result.indexOf("</pre>")).replace("&quot;", "\"");
        long withErrors = summary.variants().get(0).cases().stream().map(CaseSummary::caseId)
                .filter(id -> summary.variants().stream().flatMap(v -> v.cases().stream())
                        .anyMatch(c -> c.caseId().equals(id) && c.errorRepeats() > 0)).count();
        int failing = summary.variants().get(1).casesFailed();
        assertThat(result).contains("\"errors\":\"Cases 1–" + Math.min(25, withErrors) + " of " + withErrors
                        + " (filtered from 60)\"")
                .contains("\"sorted\":\"case-1,case-10,case-11\"")
                .contains("\"page2\":\"Cases 26–50 of 60\"")
                .contains("\"failing\":\"Cases 1–" + Math.min(25, failing) + " of " + failing + " (filtered from 60)|1\"");
    }

    /** Drives the case table's controls the way a reader would and writes what it shows into the page. */
    private static final String DRIVER = """
            <script>
            (function () {
              var form = document.getElementById("case-controls"), out = {};
              function status() { return document.getElementById("case-status").textContent; }
              function shown() {
                return Array.prototype.filter.call(document.getElementById("case-table").tBodies,
                  function (b) { return !b.hidden; }).map(function (b) { return b.dataset.id; });
              }
              function change(field) { field.dispatchEvent(new Event("change", {bubbles: true})); }
              form.errors.checked = true; change(form.errors);
              out.errors = status();
              form.errors.checked = false; form.sort.value = "id"; change(form.sort);
              out.sorted = shown().slice(0, 3).join(",");
              document.getElementById("case-next").click();
              out.page2 = status();
              form.sort.value = "run"; form.variant.value = "1"; form.failing.checked = true; change(form.failing);
              out.failing = status() + "|" + document.getElementById("case-table").getAttribute("data-only");
              var pre = document.createElement("pre"); pre.id = "driver"; pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            }());
            </script>
            """;

    @Test
    void payloadsStayInert() throws Exception {
        Path html = new ReportWriter().write(EscapingTest.hostileRun(temp.resolve("hostile"))).html();

        HeadlessChromium.Load load = chromium.dumpDom(html);

        assertThat(load.console()).as("no script ran and no CSP violation was logged").isEmpty();
        assertThat(load.output()).contains("<title>Support replies · hostile · EvalUnit report</title>")
                .doesNotContain("<img", "<b onmouseover", "<svg onload")
                .contains("&lt;script&gt;document.title='pwned-script'&lt;/script&gt;");
    }

    @Test
    void theConsoleCheckCatchesScriptErrors() throws Exception {
        Path page = Files.writeString(temp.resolve("broken.html"),
                "<!DOCTYPE html><html><body><script>undefinedFunction();</script></body></html>");

        HeadlessChromium.Load load = chromium.dumpDom(page);

        assertThat(load.console()).anySatisfy(line -> assertThat(line).contains("Uncaught ReferenceError"));
    }

    @Test
    void screenshotShowsARenderedPage() throws Exception {
        Path html = new ReportWriter().write(DecidedRun.write(temp.resolve("support-replies"))).html();
        Path png = temp.resolve("report.png");

        HeadlessChromium.Load load = chromium.screenshot(html, png, 1400, 2400);

        assertThat(load.console()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours of a rendered page, not a blank one").hasSizeGreaterThan(100);
    }
}
