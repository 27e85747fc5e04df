package dev.evalunit.engine.provider;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.engine.testing.MapProviderContext;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keep-alive connection the server closed while it sat idle in the pool (local servers such as uvicorn and
 * Node close them after 5 s) is checked before it is reused, so the next call opens a new one instead of
 * failing on the closed one.
 */
class IdleConnectionTest {

    /** How long the server keeps an idle connection open here. */
    private static final long SERVER_IDLE_MILLIS = 300;

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .jettyIdleTimeout(SERVER_IDLE_MILLIS));
        server.start();
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hello"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsNotReused() throws InterruptedException {
        ModelClient client = new OpenAiProvider().create(new MapProviderContext("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", "false"), Map.of("OPENAI_API_KEY", "sk-test")));
        ModelRequest request = new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("hi")),
                SamplingParams.DEFAULTS, 0);

        assertThat(client.call(request).join().text()).isEqualTo("Hello");
        Thread.sleep(ApacheHttp.VALIDATE_AFTER_IDLE.toMillis() + 4 * SERVER_IDLE_MILLIS);
        assertThat(client.call(request).join().text()).as("the second call, on a fresh connection").isEqualTo("Hello");
        assertThat(server.getAllServeEvents()).hasSize(2);
    }
}
