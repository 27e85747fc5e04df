package dev.evalunit.engine;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** The engine's model calls go through the scheduler: retried, counted once, cached for the next run. */
class SchedulerWiringTest {

    private static final String PATH = "/v1/chat/completions";

    @TempDir
    Path output;
    private WireMockServer server;
    private final RunFiles files = new RunFiles();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        // the first call (or calls racing it) is rate limited once; everything after answers
        server.stubFor(post(PATH).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0.05")).willSetStateTo("open"));
        server.stubFor(post(PATH).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(WireFormats.openAi("Hello there"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private EngineTestKit.Builder run(String runId) {
        return EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                .configurationParameter(Constants.RUN_ID, runId)
                .configurationParameter("evalunit.provider.openai-compatible.base-url", server.baseUrl() + "/v1")
                .configurationParameter("evalunit.provider.openai-compatible.stream", "false")
                .configurationParameter(Constants.RETRY_BASE_DELAY, "10ms")
                .selectors(selectClasspathResource("fixtures/remote/remote.eval.yaml"));
    }

    private List<SampleRecord> records(String runId) throws IOException {
        try (Stream<SampleRecord> records = files.readResults(output.resolve("remote").resolve(runId))) {
            return records.toList();
        }
    }

    @Test
    void retriedCallsMakeOneSampleEachAndAnUnchangedRerunCallsNothing() throws IOException {
        run("first").execute().testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        List<SampleRecord> first = records("first");
        assertThat(first).hasSize(4).allSatisfy(record -> assertThat(record.cacheHit()).isFalse());
        // Calls run concurrently, so more than one may meet the scenario's first state and be rate limited;
        // whatever happened, every attempt the provider saw is accounted for in exactly one sample.
        int attempts = first.stream().mapToInt(SampleRecord::attempts).sum();
        assertThat(attempts).as("at least one retry after the 429").isGreaterThanOrEqualTo(5);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(attempts);
        assertThat(output.resolve("cache")).isNotEmptyDirectory();

        server.resetRequests();
        run("second").execute().testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(records("second")).hasSize(4).allSatisfy(record -> assertThat(record.cacheHit()).isTrue());
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).isEmpty();
    }
}
