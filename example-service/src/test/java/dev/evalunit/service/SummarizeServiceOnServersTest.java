package dev.evalunit.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.web.ExperimentStores;
import dev.evalunit.web.testing.PostgresServer;
import dev.evalunit.web.testing.RedisServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the example service on real Redis and PostgreSQL, set by their URLs. */
class SummarizeServiceOnServersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "servers-test-admin-token";
    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode call(SummarizeService service, String method, String path, String body, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void instancesShareAssignmentsEventsAndTheKillSwitch() throws Exception {
        try (RedisServer redis = RedisServer.start(); PostgresServer postgres = PostgresServer.start()) {
            Map<String, String> environment = Map.of("EVALUNIT_REDIS_URL", redis.url(),
                    "EVALUNIT_POSTGRES_URL", postgres.jdbcUrl(), "EVALUNIT_ADMIN_TOKEN", TOKEN);
            ServiceOptions parsed = ServiceOptions.parse(new String[] {"--port", "0"}, environment);
            ExperimentStores.StoreSettings quick = new ExperimentStores.StoreSettings(parsed.stores().redisUrl(), "example",
                    Duration.ofDays(30), parsed.stores().postgresUrl(), 10, Duration.ofMillis(100), 10_000);
            ServiceOptions options = new ServiceOptions(0, Optional.empty(), quick, parsed.adminToken(), Map.of());
            try (SummarizeService a = SummarizeService.start(options); SummarizeService b = SummarizeService.start(options)) {
                String text = JSON.createObjectNode().put("text", "One. Two. Three.").toString();
                for (int visitor = 0; visitor < 30; visitor++) {
                    String cookie = "evalunit_uid=visitor-" + visitor;
                    String onA = call(a, "POST", "/api/summarize", text, cookie).path("variant").asText();
                    assertThat(call(b, "POST", "/api/summarize", text, cookie).path("variant").asText()).isEqualTo(onA);
                    call(a, "POST", "/api/feedback", "{\"rating\": 4}", cookie);
                }
                long rated = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (rated < 30 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    rated = 0;
                    for (JsonNode v : call(b, "GET", "/admin/experiments/exp_summarize_v2/results", "", null).path("variants")) {
                        rated += v.path("metrics").path("RATING").path("observations").asLong();
                    }
                }
                assertThat(rated).as("ratings recorded on one instance, analysed in PostgreSQL from the other").isEqualTo(30);

                call(a, "POST", "/admin/experiments/exp_summarize_v2/kill", "", null);
                long killedAt = System.nanoTime();
                while (!call(b, "POST", "/api/summarize", text, "evalunit_uid=visitor-1").path("variant").isNull()) {
                    assertThat(System.nanoTime() - killedAt).as("the other instance stops within 1 s")
                            .isLessThan(Duration.ofSeconds(1).toNanos());
                    Thread.sleep(10);
                }
                assertThat(call(b, "GET", "/admin/experiments", "", null).path("experiments").get(0).path("state").asText())
                        .isEqualTo("killed");
            }
        }
    }
}
