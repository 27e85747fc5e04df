package dev.evalunit.reports.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * While a suite runs, the report listener keeps an interim {@code report.html} marked in progress with the
 * progress line's numbers; the final report replaces it.
 */
class InterimReportTest {

    @TempDir
    Path output;

    @Test
    void anInterimReportMarkedInProgressExistsDuringTheRunAndTheFinalOneReplacesIt() throws IOException {
        Path run = output.resolve("slow-replies").resolve("interim-run");
        SlowRepliesSuite.SEEN.clear();
        SlowRepliesSuite.watched = run;
        try {
            EngineTestKit.engine("evalunit")
                    .configurationParameter("evalunit.output.directory", output.toString())
                    .configurationParameter("evalunit.run.id", "interim-run")
                    // in-process models answer while their call is submitted: one case ahead at a time, so the
                    // model's later calls come after earlier cases were reported and the interim report written
                    .configurationParameter("evalunit.execution.window", "1")
                    .configurationParameter("evalunit.progress.report-interval", "1ms")
                    .configurationParameter("evalunit.progress.interval", "off")
                    .selectors(selectClass(SlowRepliesSuite.class))
                    .execute()
                    .testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        } finally {
            SlowRepliesSuite.watched = null;
        }

        List<String> seen = List.copyOf(SlowRepliesSuite.SEEN);
        assertThat(seen).as("the model saw an interim report during the run").isNotEmpty()
                .allSatisfy(html -> assertThat(html)
                        .contains("<title>In progress · slow-replies · interim-run · EvalUnit report</title>")
                        .contains("<body data-status=\"in-progress\">", "<span class=\"pill base\">in progress</span>",
                                "In progress: this report shows the cases reported so far")
                        .containsPattern("[1-5]/6 calls \\(\\d+%\\), [1-6] scored, 0 errors, 0 retries, ")
                        .containsPattern("(~\\d+:\\d\\d left|time left unknown)"));
        String last = seen.get(seen.size() - 1);
        assertThat(last.split("<tbody data-n=", -1).length - 1).as("the cases reported so far")
                .isBetween(1, 5);

        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>slow-replies · interim-run · EvalUnit report</title>")
                .doesNotContain("in-progress", "In progress");
        assertThat(html.split("<tbody data-n=", -1)).hasSize(6 + 1);
        assertThat(run.resolve("summary.md")).exists();
    }
}
