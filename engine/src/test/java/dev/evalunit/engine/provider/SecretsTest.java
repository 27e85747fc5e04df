package dev.evalunit.engine.provider;

import dev.evalunit.api.run.ErrorKind;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.cache.CacheMode;
import dev.evalunit.engine.cache.ResponseCache;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.scheduler.RetryPolicy;
import dev.evalunit.engine.scheduler.Scheduler;
import dev.evalunit.engine.testing.MapProviderContext;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** API keys never reach exceptions, cache entries or printed settings. */
class SecretsTest {

    private static final String KEY = "sk-proj-SECRET-4f9a8b7c6d5e";

    private WireMockServer server;
    @TempDir
    Path cacheDir;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private MapProviderContext context() {
        return new MapProviderContext("openai", Map.of("base-url", server.baseUrl() + "/v1", "stream", "false",
                "api-key-env", "TEAM_OPENAI_KEY"), Map.of("TEAM_OPENAI_KEY", KEY));
    }

    private static ModelRequest request() {
        return new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("hi")),
                SamplingParams.DEFAULTS, 0);
    }

    @Test
    void anErrorBodyEchoingTheKeyIsScrubbed() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". You can find your API key at "
                        + "https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\"}}")));
        try (Scheduler scheduler = new Scheduler(new OpenAiProvider().create(context()),
                id -> ProviderLimits.ofConcurrency(1), RetryPolicy.DEFAULT,
                new ResponseCache(cacheDir, CacheMode.READ_WRITE))) {
            Throwable thrown = catchThrowable(() -> scheduler.call(request()).join());

            ModelCallException failure = (ModelCallException) thrown.getCause();
            assertThat(failure.kind()).isEqualTo(ErrorKind.CLIENT_ERROR);
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.getMessage()).contains("HTTP 401", "Incorrect API key provided: ****");
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(KEY).doesNotContain("SECRET");
        }
    }

    @Test
    void cacheEntriesHoldNoKey() throws IOException {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hello"))));
        try (Scheduler scheduler = new Scheduler(new OpenAiProvider().create(context()),
                id -> ProviderLimits.ofConcurrency(1), RetryPolicy.DEFAULT,
                new ResponseCache(cacheDir, CacheMode.READ_WRITE))) {
            assertThat(scheduler.call(request()).join().text()).isEqualTo("Hello");
        }
        try (Stream<Path> files = Files.walk(cacheDir)) {
            List<Path> entries = files.filter(file -> file.toString().endsWith(".log")).toList();
            assertThat(entries).hasSize(1);
            String content = Files.readString(entries.get(0));
            assertThat(content).contains("\"text\":\"Hello\"").doesNotContain(KEY).doesNotContain("SECRET")
                    .doesNotContainIgnoringCase("authorization");
        }
    }

    @Test
    void settingsPrintWithoutTheKey() {
        ProviderSettings settings = ProviderSettings.read(context(), "OPENAI_API_KEY", true, false);
        assertThat(settings.toString()).contains("****").doesNotContain(KEY);
    }

    @Test
    void aMissingKeyNamesTheVariableToSet() {
        MapProviderContext noKey = new MapProviderContext("openai", Map.of(), Map.of());
        assertThatThrownBy(() -> new OpenAiProvider().create(noKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("provider 'openai' needs an API key in the environment variable OPENAI_API_KEY"
                        + " (choose another variable with evalunit.provider.openai.api-key-env)");
    }

    @Test
    void anOpenAiCompatibleEndpointNeedsABaseUrl() {
        MapProviderContext noUrl = new MapProviderContext("openai-compatible", Map.of(), Map.of());
        assertThatThrownBy(() -> new OpenAiCompatibleProvider().create(noUrl))
                .hasMessageContaining("set evalunit.provider.openai-compatible.base-url");
    }

    @Test
    void unsupportedSamplingParameterIsAClientErrorNamingIt() {
        ModelClient client = new OpenAiProvider().create(context());
        ModelRequest request = new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("hi")),
                new SamplingParams(SamplingParams.DEFAULTS.temperature(), SamplingParams.DEFAULTS.topP(),
                        SamplingParams.DEFAULTS.maxTokens(), Map.of("mirostat", 2)), 0);

        Throwable thrown = catchThrowable(() -> client.call(request).join());

        assertThat(thrown.getCause()).isInstanceOf(ModelCallException.class)
                .hasMessageContaining("sampling parameter 'mirostat' is not supported for openai:gpt-4o-mini");
    }
}
