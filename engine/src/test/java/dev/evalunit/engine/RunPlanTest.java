package dev.evalunit.engine;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunPlan;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Every run is planned before its first call; a plan over {@code evalunit.max-calls} or {@code evalunit.max-cost}
 * does not start, a dry run calls nothing, and the plan lands in {@code summary.json}.
 *
 * <p>The suite: 2 OpenAI variants × 3 cases × 2 repeats = 12 calls. Without a previous run each call is estimated
 * at its prompt's characters / 4 input tokens ("Greet Alice" 2, "Greet Alice warmly" 4, ...) and 256 output
 * tokens: gpt-4o-mini (12 in, 1536 out at $0.15/$0.60 per million) $0.0009234 plus gpt-4o (24 in, 1536 out at
 * $2.50/$10.00) $0.01542, $0.0163434 in all.
 */
class RunPlanTest {

    private static final double FIRST_COST = 0.0163434;

    @TempDir
    Path output;
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hello there"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private EngineTestKit.Builder openAi(String runId) {
        return EvalUnitKit.engine(output, selectClasspathResource("fixtures/preflight/openai.eval.yaml"))
                .configurationParameter(Constants.RUN_ID, runId)
                .configurationParameter("evalunit.provider.openai.base-url", server.baseUrl() + "/v1")
                .configurationParameter("evalunit.provider.openai.stream", "false")
                // any variable that holds something will do as the key: the endpoint is a stub
                .configurationParameter("evalunit.provider.openai.api-key-env", "PATH");
    }

    private static String engineFailure(EngineExecutionResults results) {
        assertThat(results.testEvents().started().count()).as("cases started").isZero();
        return results.allEvents().failed().list().stream()
                .filter(event -> event.getTestDescriptor() instanceof EvalUnitEngineDescriptor).findFirst()
                .orElseThrow().getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage();
    }

    @Test
    void aRunOverItsCallBudgetDoesNotStartAndSaysItsPlan() {
        String message = engineFailure(openAi("calls").configurationParameter(Constants.MAX_CALLS, "11").execute());

        assertThat(message).contains("the run plans 12 calls, more than evalunit.max-calls=11", "no call was made",
                "evalunit plan preflight: 12 calls, $0.0163", "openai: 12 calls");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aRunOverItsCostBudgetDoesNotStart() {
        String message = engineFailure(openAi("cost").configurationParameter(Constants.MAX_COST, "0.01").execute());

        assertThat(message).contains("the run plans to cost $0.0163, more than evalunit.max-cost=0.01");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aDryRunPrintsThePlanAndCallsNothing() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        EngineExecutionResults results;
        try {
            results = openAi("dry").configurationParameter(Constants.DRY_RUN, "true").execute();
        } finally {
            System.setOut(originalOut);
        }

        assertThat(results.allEvents().skipped().count()).isEqualTo(1);
        assertThat(results.allEvents().started().count()).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("evalunit plan preflight: 12 calls, $0.0163");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(output.resolve("preflight")).doesNotExist();
    }

    @Test
    void thePlanIsInTheSummaryAndTheNextPlanLearnsFromThisRun() throws IOException {
        openAi("first").execute().testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        RunPlan first = new RunFiles().readSummary(output.resolve("preflight/first")).plan().orElseThrow();

        assertThat(first.previousRun()).isEmpty();
        assertThat(first.providers()).singleElement().satisfies(openAi -> {
            assertThat(openAi.provider()).isEqualTo("openai");
            assertThat(openAi.calls()).isEqualTo(12);
            assertThat(openAi.inputTokens()).isEqualTo(36);
            assertThat(openAi.outputTokens()).isEqualTo(12 * 256);
            assertThat(openAi.costUsd().getAsDouble()).isCloseTo(FIRST_COST, within(1e-12));
            assertThat(openAi.maxConcurrency()).isEqualTo(8);
        });

        openAi("second").execute();
        RunPlan second = new RunFiles().readSummary(output.resolve("preflight/second")).plan().orElseThrow();

        // the stub reports 12 prompt and 5 completion tokens a call: gpt-4o-mini 6 × (12 × 0.15 + 5 × 0.60) / 1e6
        // plus gpt-4o 6 × (12 × 2.50 + 5 × 10.00) / 1e6
        assertThat(second.previousRun()).contains("first");
        assertThat(second.providers()).singleElement().satisfies(openAi -> {
            assertThat(openAi.inputTokens()).isEqualTo(12 * 12);
            assertThat(openAi.outputTokens()).isEqualTo(12 * 5);
            assertThat(openAi.costUsd().getAsDouble()).isCloseTo(6 * 4.8e-6 + 6 * 80e-6, within(1e-12));
        });
    }
}
