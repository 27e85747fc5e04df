package dev.evalunit.reports;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A 10,000-case run (2 variants, 1 repeat, 3 scores with a judge's reasoning per sample): the report stays
 * under 15 MiB and pages its case table. How fast it renders is measured by {@code bench.ReportBenchmark},
 * not here.
 */
class LargeRunTest {

    static final int CASES = 10_000;

    @TempDir
    static Path temp;

    private static Path html;

    @BeforeAll
    static void render() throws IOException {
        Path run = large(temp.resolve("large"));
        html = new ReportWriter().write(run).html();
    }

    /** The run the size test and the benchmark render. */
    static Path large(Path directory) throws IOException {
        return new RunFixture().variants(2).cases(CASES).repeats(1).judgeRepeats(1).errorEvery(97).write(directory);
    }

    @Test
    void staysUnder15MiB() throws IOException {
        assertThat(Files.size(html)).isLessThan(15L * 1024 * 1024);
    }

    @Test
    void holdsEveryCaseButShowsOnlyTheFirstPage() throws IOException {
        String text = Files.readString(html, StandardCharsets.UTF_8);

        assertThat(ReportWriterTest.count(text, "<tbody data-n=")).isEqualTo(CASES);
        assertThat(ReportWriterTest.count(text, "<tbody data-n=[^>]* hidden>")).isEqualTo(CASES - ReportBuilder.PAGE_SIZE);
        assertThat(ReportWriterTest.count(text, "<rect class=\"bar ")).as("the per-case difference plot draws every "
                + "20th of the ~9,800 cases with a difference (the rest had an error sample)")
                .isBetween(DifferencePlots.MAX_BARS - 20, DifferencePlots.MAX_BARS);
        assertThat(text).contains("Every 20th case of the sorted cases is drawn");
    }

    @Test
    void loadsInChromiumWithThePagerWorking() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed at " + HeadlessChromium.EXECUTABLE
                + "; skipping the browser check of the large report");

        HeadlessChromium.Load load = new HeadlessChromium(temp).dumpDom(html);

        assertThat(load.console()).isEmpty();
        assertThat(load.output()).contains("data-ready=\"true\"", "Cases 1–25 of 10000", "of 400</span>");
    }
}
