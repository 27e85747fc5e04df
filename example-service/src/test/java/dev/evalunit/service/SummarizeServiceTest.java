package dev.evalunit.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.web.ExperimentStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The article's service end to end on its embedded defaults: summarize, feedback, results, kill. */
class SummarizeServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "The database migration runs on Saturday at 02:00 UTC. Writes pause for ten "
            + "minutes. Teams must deploy schema changes before Friday noon. Nothing else changes.";

    private final HttpClient http = HttpClient.newHttpClient();
    private SummarizeService service;

    @BeforeEach
    void start() throws Exception {
        service = SummarizeService.start(new ServiceOptions(0, Optional.empty(), ExperimentStores.StoreSettings.inMemory(),
                Optional.of("service-test-admin-token"), Map.of()));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private HttpResponse<String> post(String path, String body, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode admin(String method, String path) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer service-test-admin-token").build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void runsTheBundledWinnerAsAnExperimentFromSummaryToResults() throws Exception {
        assertThat(service.definition().id()).isEqualTo("exp_summarize_v2");
        HttpResponse<String> first = post("/api/summarize", JSON.createObjectNode().put("text", TEXT).toString(), null);
        assertThat(first.statusCode()).isEqualTo(200);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        JsonNode summary = JSON.readTree(first.body());
        String variant = summary.path("variant").asText();
        assertThat(variant).isIn("control", "treatment");
        assertThat(summary.path("offline").asBoolean()).isTrue();
        // the treatment's system prompt asks for 2–3 sentences, the control's for a concise summary
        assertThat(summary.path("summary").asText()).isEqualTo(variant.equals("treatment")
                ? "The database migration runs on Saturday at 02:00 UTC. Writes pause for ten minutes."
                : "The database migration runs on Saturday at 02:00 UTC.");

        assertThat(JSON.readTree(post("/api/feedback", "{\"rating\": 4}", cookie).body()).path("recorded").asBoolean())
                .isTrue();
        for (int visitor = 0; visitor < 20; visitor++) {
            post("/api/summarize", JSON.createObjectNode().put("text", TEXT).toString(), "evalunit_uid=visitor-" + visitor);
        }

        JsonNode listed = admin("GET", "/admin/experiments").path("experiments").get(0);
        assertThat(listed.path("state").asText()).isEqualTo("running");
        long exposures = 0;
        for (JsonNode v : listed.path("variants")) {
            exposures += v.path("exposures").asLong();
        }
        assertThat(exposures).isEqualTo(22);
        JsonNode results = admin("GET", "/admin/experiments/exp_summarize_v2/results");
        long rated = 0;
        long latencies = 0;
        for (JsonNode v : results.path("variants")) {
            rated += v.path("metrics").path("RATING").path("observations").asLong();
            latencies += v.path("metrics").path("LATENCY").path("observations").asLong();
        }
        assertThat(rated).isEqualTo(1);
        assertThat(latencies).isEqualTo(21);
        assertThat(results.path("treatments").get(0).path("decision").asText()).isEqualTo("CONTINUE");

        admin("POST", "/admin/experiments/exp_summarize_v2/kill");
        JsonNode killed = JSON.readTree(post("/api/summarize", JSON.createObjectNode().put("text", TEXT).toString(), cookie).body());
        assertThat(killed.path("variant").isNull()).isTrue();
        assertThat(killed.path("summary").asText()).isEqualTo("The database migration runs on Saturday at 02:00 UTC.");
        assertThat(JSON.readTree(post("/api/feedback", "{\"rating\": 5}", cookie).body()).path("recorded").asBoolean())
                .isFalse();
    }

    @Test
    void badBodiesAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> notJson = post("/api/summarize", "{text:", null);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).path("error").asText()).startsWith("the body is not valid JSON");
        HttpResponse<String> noText = post("/api/summarize", "{\"txt\": \"a\"}", null);
        assertThat(JSON.readTree(noText.body()).path("error").asText())
                .isEqualTo("field 'text' must be a non-blank string of at most 20000 characters");
        HttpResponse<String> badRating = post("/api/feedback", "{\"rating\": 7}", null);
        assertThat(badRating.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badRating.body()).path("error").asText())
                .isEqualTo("field 'rating' must be a whole number from 1 to 5");
    }

    @Test
    void flagsAreCheckedBeforeTheServiceStarts() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ServiceOptions.parse(new String[] {"--port", "x"}, Map.of())))
                .hasMessage("--port must be a number from 0 to 65535, was 'x'");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ServiceOptions.parse(new String[] {"--nope", "1"}, Map.of())))
                .hasMessage("unknown flag --nope; use --port <n> or --experiment <file>");
        ServiceOptions options = ServiceOptions.parse(new String[] {"--port", "0"},
                Map.of("EVALUNIT_REDIS_URL", "redis://127.0.0.1:6390", "EVALUNIT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1/x"));
        assertThat(options.stores().redisUrl()).contains("redis://127.0.0.1:6390");
        assertThat(options.stores().postgresUrl()).contains("jdbc:postgresql://127.0.0.1/x");
    }
}
