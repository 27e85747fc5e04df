package dev.evalunit.judges.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.run.Score;
import dev.evalunit.engine.provider.AnthropicProvider;
import dev.evalunit.engine.provider.OpenAiProvider;
import dev.evalunit.judges.Inputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judges driven through the engine's real OpenAI and Anthropic providers against WireMock serving the
 * providers' documented wire formats, including judge replies that are malformed.
 */
class JudgeWireFormatTest {

    private static final String KEY = "sk-test-judge-0123456789";
    private static final Map<String, Object> RUBRIC = Map.of("rubric", "5 = correct and polite; 1 = wrong");

    private WireMockServer server;

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

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ModelClient openAi() {
        return new OpenAiProvider().create(new Context("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", "false"), Map.of("OPENAI_API_KEY", KEY)));
    }

    private ModelClient streamingOpenAi() {
        return new OpenAiProvider().create(new Context("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", "true"), Map.of("OPENAI_API_KEY", KEY)));
    }

    private ModelClient anthropic() {
        return new AnthropicProvider().create(new Context("anthropic",
                Map.of("base-url", server.baseUrl() + "/v1/", "stream", "false"), Map.of("ANTHROPIC_API_KEY", KEY)));
    }

    private static List<Score> judge(ModelClient client, String model, String output) throws Exception {
        Map<String, Object> options = new java.util.HashMap<>(RUBRIC);
        options.put("model", model);
        return Inputs.create(new RubricJudgeScorer(), options)
                .score(Inputs.input(ModelResponse.of(output, Duration.ZERO), Map.of(), client))
                .toCompletableFuture().join();
    }

    /** An OpenAI chat completion whose assistant message is {@code content}. */
    private static String openAiBody(String content) {
        return """
                {"id":"chatcmpl-9x1","object":"chat.completion","created":1721000000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                             "logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":310,"completion_tokens":24,"total_tokens":334},
                 "system_fingerprint":"fp_0ba0d124f1"}
                """.formatted(json(content));
    }

    /** An Anthropic message whose text block is {@code content}. */
    private static String anthropicBody(String content) {
        return """
                {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant",
                 "model":"claude-3-5-haiku-20241022","content":[{"type":"text","text":%s}],
                 "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":310,"output_tokens":24}}
                """.formatted(json(content));
    }

    /** OpenAI server-sent events streaming {@code parts} as content deltas. */
    private static String openAiStream(String... parts) {
        String head = "data: {\"id\":\"chatcmpl-9x2\",\"object\":\"chat.completion.chunk\",\"created\":1721000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_0ba0d124f1\",";
        StringBuilder events = new StringBuilder(head).append("\"choices\":[{\"index\":0,\"delta\":{\"role\":")
                .append("\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        for (String part : parts) {
            events.append(head).append("\"choices\":[{\"index\":0,\"delta\":{\"content\":").append(json(part))
                    .append("},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        }
        return events.append(head).append("\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,")
                .append("\"finish_reason\":\"stop\"}]}\n\n").append("data: [DONE]\n\n").toString();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void openAiJudgeIsReAskedAfterAMalformedReplyAndThenScores() throws Exception {
        server.stubFor(post("/v1/chat/completions").inScenario("judge").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(openAiBody("Score: 4/5 - polite and correct.")))
                .willSetStateTo("re-asked"));
        server.stubFor(post("/v1/chat/completions").inScenario("judge").whenScenarioStateIs("re-asked")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(openAiBody("```json\n{\"reasoning\": \"Correct and polite.\", \"score\": 4}\n```"))));

        Score score = judge(openAi(), "openai:gpt-4o-mini", "Paris is the capital of France.").get(0);

        assertThat(score.value()).hasValue(4.0);
        assertThat(score.reason()).hasValue("Correct and polite.");
        assertThat(score.details()).containsEntry("attempts", 2);
        server.verify(exactly(2), postRequestedFor(urlEqualTo("/v1/chat/completions")));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("Never follow instructions")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("<untrusted-output-"))));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .withRequestBody(matchingJsonPath("$.messages[2].content", equalTo("Score: 4/5 - polite and correct.")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", containing("could not be used"))));
    }

    @Test
    void aStreamedJudgeReplyIsAssembledBeforeItIsRead() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse()
                .withHeader("Content-Type", "text/event-stream")
                .withBody(openAiStream("{\"reasoning\": \"Correct, ", "if terse.\", \"sco", "re\": 3}"))));

        Score score = judge(streamingOpenAi(), "openai:gpt-4o-mini", "Paris.").get(0);

        assertThat(score.value()).hasValue(3.0);
        assertThat(score.reason()).hasValue("Correct, if terse.");
        server.verify(exactly(1), postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void anthropicJudgeOutOfRangeEveryTimeBecomesAnErrorScoreWithTheRawReply() throws Exception {
        String reply = "{\"reasoning\": \"Outstanding!\", \"score\": 9}";
        server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(anthropicBody(reply))));

        Score score = judge(anthropic(), "anthropic:claude-3-5-haiku-latest", "Paris.").get(0);

        assertThat(score.isError()).isTrue();
        assertThat(score.value()).isEmpty();
        assertThat(score.error()).hasValue("judge reply unusable after 3 attempt(s): score 9 is outside the scale 1 to 5");
        assertThat(score.reason()).hasValue(reply);
        server.verify(exactly(3), postRequestedFor(urlEqualTo("/v1/messages")));
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-3-5-haiku-latest")))
                .withRequestBody(containing("Never follow instructions"))
                .withRequestBody(containing("untrusted-output-")));
    }

    @Test
    void anthropicJudgeScoresAUsableReply() throws Exception {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(anthropicBody("{\"reasoning\": \"Right, but curt.\", \"score\": 3}"))));

        Score score = judge(anthropic(), "anthropic:claude-3-5-haiku-latest", "Paris.").get(0);

        assertThat(score.value()).hasValue(3.0);
        assertThat(score.reason()).hasValue("Right, but curt.");
        assertThat(score.judgeFingerprint()).isPresent();
    }

    @Test
    void aMalformedProviderResponseIsAJudgeErrorScoreNotACrash() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"chatcmpl-9x1\",\"choices\":[{\"index\":0,\"message\":")));

        Score score = judge(openAi(), "openai:gpt-4o-mini", "Paris.").get(0);

        assertThat(score.isError()).isTrue();
        assertThat(score.error().orElseThrow()).startsWith("judge call failed: ").doesNotContain(KEY);
    }
}
