package dev.evalunit.web;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.web.testing.DevToolsChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in headless Chromium: lists the experiment, shows its results, and its kill button works. */
class DashboardBrowserTest {

    private AdminFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new AdminFixture("Summaries <img src=x onerror=\"document.title='pwned'\">");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void listsTheExperimentShowsResultsAndTheKillButtonStopsAssignment() throws Exception {
        URI page = URI.create(fixture.server.uri("/admin/") + "#token=" + AdminFixture.TOKEN);
        try (DevToolsChromium chromium = DevToolsChromium.open(page)) {
            chromium.await("document.body.dataset.ready === 'true'", v -> v.asBoolean(), Duration.ofSeconds(30));

            assertThat(chromium.evaluate("document.querySelector('tr[data-experiment=\"summarize\"] [data-state]')"
                    + ".dataset.state").asText()).isEqualTo("running");
            assertThat(chromium.evaluate("document.querySelector('tr[data-experiment=\"summarize\"] td').textContent")
                    .asText()).isEqualTo("Summaries <img src=x onerror=\"document.title='pwned'\"> (summarize)");
            assertThat(chromium.evaluate("document.querySelectorAll('img').length").asInt()).isZero();
            assertThat(chromium.evaluate("document.title").asText()).isEqualTo("Experiments");
            assertThat(chromium.evaluate("location.hash").asText()).as("the token leaves the address bar").isEmpty();
            assertThat(chromium.evaluate("document.querySelector('#results h2').textContent").asText())
                    .isEqualTo("Results: summarize, phase 1");
            assertThat(chromium.evaluate("document.querySelectorAll('#variant-results tr').length").asInt()).isEqualTo(3);
            assertThat(chromium.evaluate("document.querySelector('[data-decision]').textContent").asText())
                    .startsWith("treatment: CONTINUE — need at least 500 units");

            chromium.evaluate("document.querySelector('tr[data-experiment=\"summarize\"] .action-kill').click()");
            chromium.await("document.querySelector('tr[data-experiment=\"summarize\"] [data-state]').dataset.state",
                    v -> v.asText().equals("killed"), Duration.ofSeconds(10));
            assertThat(fixture.experiments.assign("summarize", "user-1"))
                    .isEqualTo(new Assignment.Excluded("summarize", ExclusionReason.KILLED));
            assertThat(chromium.evaluate("document.getElementById('error').textContent").asText()).isEmpty();
        }
    }
}
