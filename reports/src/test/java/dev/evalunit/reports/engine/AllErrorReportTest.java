package dev.evalunit.reports.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** A run in which every call failed still gets its report, which says what failed where. */
class AllErrorReportTest {

    @TempDir
    Path output;

    @Test
    void anAllErrorRunWritesItsReportNamingTheErrorKindsPerProvider() throws IOException {
        Events containers = EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.run.id", "all-errors")
                .selectors(selectClass(DownProviderSuite.class))
                .execute()
                .containerEvents();
        // nothing to export: the suite still fails, after the report is written
        containers.assertThatEvents().haveExactly(1, event(container("DownProviderSuite"),
                finishedWithFailure(message(m -> m.contains("winner.json has no evidence")))));

        Path run = output.resolve("down-provider").resolve("all-errors");
        assertThat(run.resolve("summary.json")).isRegularFile();
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<h3 id=\"errors\">Errors: 24 of 24 samples</h3>")
                .contains("<td class=\"mono\">SERVER_ERROR</td><td class=\"mono\">inprocess</td><td class=\"num\">12</td><td>Base</td>")
                .contains("<td class=\"mono\">CLIENT_ERROR</td><td class=\"mono\">inprocess</td><td class=\"num\">6</td><td>Treatment</td>")
                .contains("<td class=\"mono\">TIMEOUT</td><td class=\"mono\">inprocess</td><td class=\"num\">6</td><td>Treatment</td>")
                .contains("HTTP 503 from provider");
        assertThat(run.resolve("summary.md")).content(StandardCharsets.UTF_8)
                .contains("**Errors: 24 of 24 samples**",
                        "- SERVER\\_ERROR from provider inprocess: 12 samples (Base)",
                        "- CLIENT\\_ERROR from provider inprocess: 6 samples (Treatment)",
                        "- TIMEOUT from provider inprocess: 6 samples (Treatment)");
    }
}
