package dev.evalunit.engine.provider;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.engine.testing.MapProviderContext;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The providers speak the real OpenAI and Anthropic wire formats, plain and streamed. */
class WireFormatTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ModelClient openAi(boolean stream) {
        return new OpenAiProvider().create(new MapProviderContext("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", Boolean.toString(stream)),
                Map.of("OPENAI_API_KEY", KEY)));
    }

    private ModelClient anthropic(boolean stream) {
        return new AnthropicProvider().create(new MapProviderContext("anthropic",
                Map.of("base-url", server.baseUrl() + "/v1/", "stream", Boolean.toString(stream)),
                Map.of("ANTHROPIC_API_KEY", KEY)));
    }

    private static ModelRequest request(String ref) {
        return new ModelRequest(ModelRef.parse(ref),
                List.of(Message.system("Answer briefly."), Message.user("Say hello")),
                SamplingParams.DEFAULTS.withTemperature(0.2).withMaxTokens(50), 0);
    }

    @Test
    void openAiPlain() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hello there"))));

        ModelResponse response = openAi(false).call(request("openai:gpt-4o-mini")).join();

        assertThat(response.text()).isEqualTo("Hello there");
        assertThat(response.usage()).contains(new TokenUsage(12, 5));
        assertThat(response.finishReason()).contains("STOP");
        assertThat(response.timeToFirstToken()).isEmpty();
        assertThat(response.latency()).isPositive();
        // gpt-4o-mini: $0.15 in / $0.60 out per million tokens
        assertThat(response.costUsd().getAsDouble()).isCloseTo((12 * 0.15 + 5 * 0.60) / 1e6, within(1e-12));
        assertThat(response.cacheHit()).isFalse();
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.2")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Say hello"))));
    }

    @Test
    void nonAsciiTextCrossesTheWireAsUtf8UnderOneJsonContentType() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Schön — 日本"))));
        ModelRequest request = new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"),
                List.of(Message.user("Grüße — 日本語で?")), SamplingParams.DEFAULTS, 0);

        assertThat(openAi(false).call(request).join().text()).isEqualTo("Schön — 日本");
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("Grüße — 日本語で?"))));
        assertThat(server.getAllServeEvents().get(0).getRequest().getHeaders().getHeader("Content-Type").values())
                .as("sent once").hasSize(1);
    }

    @Test
    void openAiStreamed() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", WireFormats.SSE).withBody(WireFormats.openAiStream("Hello", " there"))));

        ModelResponse response = openAi(true).call(request("openai:gpt-4o-mini")).join();

        assertThat(response.text()).isEqualTo("Hello there");
        assertThat(response.usage()).contains(new TokenUsage(12, 5));
        assertThat(response.finishReason()).contains("STOP");
        assertThat(response.timeToFirstToken()).hasValueSatisfying(ttft ->
                assertThat(ttft).isPositive().isLessThanOrEqualTo(response.latency()));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void unknownModelHasUnknownCostNotZero() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hi"))));

        ModelResponse response = openAi(false).call(request("openai:my-fine-tune")).join();

        assertThat(response.usage()).isPresent();
        assertThat(response.costUsd()).isEmpty();
    }

    @Test
    void anthropicPlain() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.anthropic("Hello there"))));

        ModelResponse response = anthropic(false).call(request("anthropic:claude-3-5-haiku-20241022")).join();

        assertThat(response.text()).isEqualTo("Hello there");
        assertThat(response.usage()).contains(new TokenUsage(12, 5));
        assertThat(response.finishReason()).contains("STOP");
        // claude-3-5-haiku (dated snapshot falls back to the family): $0.80 in / $4.00 out per million
        assertThat(response.costUsd().getAsDouble()).isCloseTo((12 * 0.80 + 5 * 4.00) / 1e6, within(1e-12));
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-3-5-haiku-20241022")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("50")))
                .withRequestBody(matchingJsonPath("$.system[0].text", equalTo("Answer briefly."))));
    }

    @Test
    void anthropicStreamed() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", WireFormats.SSE)
                .withBody(WireFormats.anthropicStream("Hello", " there"))));

        ModelResponse response = anthropic(true).call(request("anthropic:claude-3-5-haiku-latest")).join();

        assertThat(response.text()).isEqualTo("Hello there");
        assertThat(response.usage()).contains(new TokenUsage(12, 5));
        assertThat(response.finishReason()).contains("STOP");
        assertThat(response.timeToFirstToken()).isPresent();
        assertThat(response.latency()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void ollamaPlainAndStreamed() {
        server.stubFor(post("/api/chat").withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(WireFormats.ollama("Hello there"))));
        server.stubFor(post("/api/chat").withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson")
                        .withBody(WireFormats.ollamaStream("Hello", " there"))));

        for (boolean stream : List.of(false, true)) {
            ModelClient client = new OllamaProvider().create(new MapProviderContext("ollama",
                    Map.of("base-url", server.baseUrl(), "stream", Boolean.toString(stream)), Map.of()));

            ModelResponse response = client.call(request("ollama:llama3.2:1b")).join();

            assertThat(response.text()).isEqualTo("Hello there");
            assertThat(response.usage()).contains(new TokenUsage(12, 5));
            assertThat(response.finishReason()).contains("STOP");
            assertThat(response.timeToFirstToken().isPresent()).isEqualTo(stream);
            assertThat(response.costUsd()).as("no price for local models").isEmpty();
        }
        server.verify(2, postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2:1b"))));
    }

    @Test
    void configuredPriceOverridesTheTable() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hi"))));
        ModelClient client = new OpenAiProvider().create(new MapProviderContext("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", "false",
                        "price.gpt-4o-mini.input", "1", "price.gpt-4o-mini.output", "2"),
                Map.of("OPENAI_API_KEY", KEY)));

        ModelResponse response = client.call(request("openai:gpt-4o-mini")).join();

        assertThat(response.costUsd().getAsDouble()).isCloseTo((12 * 1 + 5 * 2) / 1e6, within(1e-12));
    }
}
