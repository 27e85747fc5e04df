package dev.evalunit.engine;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Before a suite's first case, each provider it calls is checked: a missing key, a misspelled model and an
 * endpoint nobody listens on each end the suite with one problem naming the setting to fix, and no call.
 */
class PreflightTest {

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

    private EngineExecutionResults openAi(String suite, String keyVariable) {
        return EvalUnitKit.engine(output, selectClasspathResource("fixtures/preflight/" + suite + ".eval.yaml"))
                .configurationParameter("evalunit.provider.openai.base-url", server.baseUrl() + "/v1")
                .configurationParameter("evalunit.provider.openai.api-key-env", keyVariable)
                .execute();
    }

    /** The one failure of the run: the suite's, with no case started. */
    private static String theOneProblem(EngineExecutionResults results) {
        List<Event> failed = results.allEvents().failed().list();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).getTestDescriptor()).isInstanceOf(SuiteDescriptor.class);
        assertThat(results.testEvents().started().count()).as("cases started").isZero();
        return failed.get(0).getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                .getThrowable().orElseThrow().getMessage();
    }

    @Test
    void aMissingKeyIsOneProblemNamingTheVariableAndTheSetting() {
        String problem = theOneProblem(openAi("openai", "EVALUNIT_PREFLIGHT_UNSET_KEY"));

        assertThat(problem).contains("suite preflight did not start", "EVALUNIT_PREFLIGHT_UNSET_KEY",
                "evalunit.provider.openai.api-key-env");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aMisspelledModelIsOneProblemWithTheClosestNames() {
        // any variable that holds something will do as the key: no call is made
        String problem = theOneProblem(openAi("misspelled", "PATH"));

        assertThat(problem).contains("unknown model 'openai:gpt-4o-mimi'", "did you mean 'gpt-4o-mini'",
                "evalunit.provider.openai.price.gpt-4o-mimi.input");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void anEndpointNobodyListensOnIsOneProblemNamingTheBaseUrlSetting() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        String problem = theOneProblem(EvalUnitKit.engine(output,
                        selectClasspathResource("fixtures/remote/remote.eval.yaml"))
                .configurationParameter("evalunit.provider.openai-compatible.base-url",
                        "http://127.0.0.1:" + closed + "/v1")
                .execute());

        assertThat(problem).contains("provider 'openai-compatible' cannot be reached at http://127.0.0.1:" + closed,
                "evalunit.provider.openai-compatible.base-url");
        assertThat(output.resolve("remote")).doesNotExist();
    }
}
