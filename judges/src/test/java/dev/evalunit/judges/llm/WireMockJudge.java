package dev.evalunit.judges.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.engine.provider.AnthropicProvider;
import dev.evalunit.engine.provider.OpenAiProvider;

import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock on 127.0.0.1 (a free port) answering as OpenAI's chat completions or Anthropic's messages in their
 * documented formats, and the engine's real providers configured to call it.
 */
final class WireMockJudge implements AutoCloseable {

    private static final String KEY = "sk-test-judge-0123456789";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    /** Provider settings and environment from maps. */
    private record Context(String providerId, Map<String, String> settings, Map<String, String> env)
            implements ProviderContext {
        @Override
        public Optional<String> setting(String key) {
            return Optional.ofNullable(settings.get(key));
        }

        @Override
        public Optional<String> environment(String name) {
            return Optional.ofNullable(env.get(name));
        }
    }

    WireMockJudge() {
        server.start();
    }

    WireMockServer server() {
        return server;
    }

    /** The engine's OpenAI provider, not streaming. */
    ModelClient openAi() {
        return new OpenAiProvider().create(new Context("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", "false"), Map.of("OPENAI_API_KEY", KEY)));
    }

    /** The engine's Anthropic provider, not streaming. */
    ModelClient anthropic() {
        return new AnthropicProvider().create(new Context("anthropic",
                Map.of("base-url", server.baseUrl() + "/v1/", "stream", "false"), Map.of("ANTHROPIC_API_KEY", KEY)));
    }

    /** Answers every chat completion with {@code content} and the given {@code logprobs} JSON ({@code null}: none). */
    void openAiReply(String content, String logprobs) {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("""
                {"id":"chatcmpl-9x1","object":"chat.completion","created":1721000000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                             "logprobs":%s,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":310,"completion_tokens":24,"total_tokens":334},
                 "system_fingerprint":"fp_0ba0d124f1"}
                """.formatted(json(content), logprobs))));
    }

    /** Answers every Anthropic message with {@code content}. */
    void anthropicReply(String content) {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant",
                         "model":"claude-3-5-haiku-20241022","content":[{"type":"text","text":%s}],
                         "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":310,"output_tokens":24}}
                        """.formatted(json(content)))));
    }

    /** A JSON string literal. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        server.stop();
    }
}
