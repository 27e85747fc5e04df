package dev.evalunit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.rollout.StagedRollout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin endpoints over HTTP: credentials, listing, results, controls, errors. */
class AdminServletTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private AdminFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new AdminFixture("Summaries");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixture.server.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyEndpointButThePageRequiresTheToken() throws Exception {
        for (String[] call : new String[][] {{"GET", "/admin/experiments"}, {"GET", "/admin/experiments/summarize/results"},
                {"POST", "/admin/experiments/summarize/kill"}}) {
            assertThat(send(call[0], call[1], null).statusCode()).as(call[1]).isEqualTo(401);
            assertThat(send(call[0], call[1], "wrong-token-wrong-token").statusCode()).as(call[1]).isEqualTo(401);
        }
        assertThat(fixture.experiments.assign("summarize", "u")).isInstanceOf(Assignment.InExperiment.class);
        HttpResponse<String> page = send("GET", "/admin/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.body()).contains("<title>Experiments</title>").doesNotContain("Summaries");
    }

    @Test
    void listsTheExperimentWithItsStateTrafficGuardrailsAndExposures() throws Exception {
        JsonNode list = JSON.readTree(send("GET", "/admin/experiments", AdminFixture.TOKEN).body());
        JsonNode experiment = list.path("experiments").get(0);
        assertThat(experiment.path("id").asText()).isEqualTo("summarize");
        assertThat(experiment.path("name").asText()).isEqualTo("Summaries");
        assertThat(experiment.path("state").asText()).isEqualTo("running");
        assertThat(experiment.path("phase").asInt()).isEqualTo(1);
        assertThat(experiment.path("trafficPercent").asDouble()).isEqualTo(100.0);
        assertThat(experiment.path("guardrails").path("breached").asBoolean()).isFalse();
        long exposures = 0;
        for (JsonNode variant : experiment.path("variants")) {
            exposures += variant.path("exposures").asLong();
        }
        assertThat(exposures).isEqualTo(400);
    }

    @Test
    void resultsCarryPerVariantMetricsComparisonsSampleRatioAndDecision() throws Exception {
        JsonNode results = JSON.readTree(send("GET", "/admin/experiments/summarize/results", AdminFixture.TOKEN).body());
        assertThat(results.path("variants")).hasSize(2);
        assertThat(results.path("variants").get(0).path("assignedUnits").asLong()
                + results.path("variants").get(1).path("assignedUnits").asLong()).isEqualTo(400);
        assertThat(results.path("variants").get(0).path("metrics").path("RATING").path("units").asLong()).isPositive();
        assertThat(results.path("sampleRatio").path("mismatch").asBoolean()).isFalse();
        JsonNode treatment = results.path("treatments").get(0);
        assertThat(treatment.path("decision").asText()).isEqualTo("CONTINUE");
        assertThat(treatment.path("reason").asText()).startsWith("need at least 500 units observing rating per arm");
        assertThat(treatment.path("comparisons").findValuesAsText("metric")).contains("RATING", "LATENCY", "COST", "ERROR_RATE");
    }

    @Test
    void pauseResumeKillAndReviveChangeAssignment() throws Exception {
        assertThat(JSON.readTree(send("POST", "/admin/experiments/summarize/pause", AdminFixture.TOKEN).body())
                .path("experiments").get(0).path("state").asText()).isEqualTo("paused");
        assertThat(fixture.experiments.assign("summarize", "u")).isEqualTo(new Assignment.Excluded("summarize", ExclusionReason.PAUSED));
        send("POST", "/admin/experiments/summarize/resume", AdminFixture.TOKEN);
        assertThat(fixture.experiments.assign("summarize", "u")).isInstanceOf(Assignment.InExperiment.class);
        send("POST", "/admin/experiments/summarize/kill", AdminFixture.TOKEN);
        assertThat(fixture.experiments.assign("summarize", "u")).isEqualTo(new Assignment.Excluded("summarize", ExclusionReason.KILLED));
        send("POST", "/admin/experiments/summarize/revive", AdminFixture.TOKEN);
        assertThat(fixture.experiments.assign("summarize", "u")).isInstanceOf(Assignment.InExperiment.class);
    }

    @Test
    void showsTheRolloutStageAndAGuardrailBreachThatPausedTheExperiment() throws Exception {
        fixture.experiments.rollOut("summarize", StagedRollout.articlePlan("treatment", Instant.now().minusSeconds(60)));
        Assignment.InExperiment in = (Assignment.InExperiment) fixture.experiments.assign("summarize", "user-1");
        for (int i = 0; i < 100; i++) {
            fixture.experiments.recordOutcome(in, "user-1", Outcome.failed(100));
        }
        JsonNode experiment = JSON.readTree(send("GET", "/admin/experiments", AdminFixture.TOKEN).body())
                .path("experiments").get(0);
        assertThat(experiment.path("rollout").path("winner").asText()).isEqualTo("treatment");
        assertThat(experiment.path("rollout").path("stage").asInt()).isZero();
        assertThat(experiment.path("state").asText()).isEqualTo("paused");
        assertThat(experiment.path("guardrails").path("breached").asBoolean()).isTrue();
        assertThat(experiment.path("pause").path("reason").asText())
                .startsWith("guardrail: experiment 'summarize' variant '" + in.variant().id() + "' error rate");
        assertThat(fixture.experiments.assign("summarize", "user-2"))
                .isEqualTo(new Assignment.Excluded("summarize", ExclusionReason.PAUSED));
    }

    @Test
    void unknownExperimentsAndActionsAreNamed() throws Exception {
        HttpResponse<String> unknown = send("POST", "/admin/experiments/nope/kill", AdminFixture.TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"no experiment 'nope' is running here\"}");
        HttpResponse<String> action = send("POST", "/admin/experiments/summarize/explode", AdminFixture.TOKEN);
        assertThat(action.statusCode()).isEqualTo(404);
        assertThat(action.body()).contains("unknown action 'explode'; use pause, resume, kill or revive");
    }
}
