package dev.evalunit.reports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
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
