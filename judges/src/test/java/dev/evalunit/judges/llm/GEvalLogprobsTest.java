package dev.evalunit.judges.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.run.TokenLogprob;
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
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * G-Eval's probability-weighted score through the engine's real providers against WireMock serving OpenAI's
 * documented {@code logprobs} format, and its fallback where a provider returns no log-probabilities.
 */
class GEvalLogprobsTest {

    private static final String KEY = "sk-test-judge-0123456789";
    private static final String REPLY = "{\"reasoning\": \"Clear.\", \"score\": 4}";

    private WireMockServer server;

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

    @Test
    void anOpenAiJudgesScoreIsWeightedByTheProbabilitiesOfTheScaleScores() throws ScorerConfigException {
        // the reply's tokens; at the score the judge gave "4" p = 0.6, "5" p = 0.3, "3" p = 0.1 and a non-score 0.05
        String logprobs = """
                {"content":[%s,%s,%s,%s,%s,%s,
                  {"token":"4","logprob":%s,"bytes":[52],"top_logprobs":[%s,%s,%s,%s]},
                  %s]}""".formatted(token("{\"", -0.01), token("reasoning", -0.01), token("\": \"", -0.01),
                token("Clear.", -0.2), token("\", \"", -0.01), token("score\": ", -0.01), Math.log(0.6),
                top("4", 0.6), top("5", 0.3), top("3", 0.1), top("four", 0.05), token("}", -0.01));
        serveOpenAi(logprobs);

        Score score = gEval(openAi(), "openai:gpt-4o-mini");

        // (0.6 * 4 + 0.3 * 5 + 0.1 * 3) / (0.6 + 0.3 + 0.1)
        assertThat(score.value().orElseThrow()).isCloseTo(4.2, within(1e-12));
        assertThat(score.details()).containsEntry("weighting", "logprobs");
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.logprobs", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.top_logprobs", equalTo("20"))));
    }

    @Test
    void withoutLogprobsInTheReplyTheWrittenScoreStandsAndRepeatsAverage() throws ScorerConfigException {
        serveOpenAi("null");

        Score score = gEval(openAi(), "openai:gpt-4o-mini");

        assertThat(score.value()).hasValue(4.0);
        assertThat(score.details()).containsEntry("weighting", "repeats");
    }

    @Test
    void anAnthropicJudgeIsNotAskedForLogprobsAndItsWrittenScoreStands() throws ScorerConfigException {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant",
                         "model":"claude-3-5-haiku-20241022","content":[{"type":"text","text":%s}],
                         "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":310,"output_tokens":24}}
                        """.formatted(json(REPLY)))));

        Score score = gEval(new AnthropicProvider().create(new Context("anthropic",
                Map.of("base-url", server.baseUrl() + "/v1/", "stream", "false"), Map.of("ANTHROPIC_API_KEY", KEY))),
                "anthropic:claude-3-5-haiku-latest");

        assertThat(score.value()).hasValue(4.0);
        assertThat(score.details()).containsEntry("weighting", "repeats");
        server.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(notContaining("logprob")));
    }

    @Test
    void onlyAScoreSpelledAsOneTokenIsWeighted() {
        Scale scale = new Scale(1, 5);
        List<TokenLogprob.Candidate> top = List.of(new TokenLogprob.Candidate(" 2", Math.log(0.5)),
                new TokenLogprob.Candidate(" 3", Math.log(0.5)), new TokenLogprob.Candidate("3", Math.log(0.4)),
                new TokenLogprob.Candidate(" 9", Math.log(0.4)));
        String raw = "{\"score\": 2}";
        // a leading space belongs to the score's token: only candidates with that prefix and on the scale count
        assertThat(ScoreProbabilities.weighted(raw, List.of(new TokenLogprob("{\"score\":", -0.1, List.of()),
                new TokenLogprob(" 2", Math.log(0.5), top), new TokenLogprob("}", -0.1, List.of())), scale))
                .hasValue(2.5);
        // the score split over two tokens ("1" "0" out of 10), or tokens that do not spell the reply: no weighting
        assertThat(ScoreProbabilities.weighted("{\"score\": 10}", List.of(new TokenLogprob("{\"score\": 1", -0.1, top),
                new TokenLogprob("0}", -0.1, top)), new Scale(1, 10))).isEmpty();
        assertThat(ScoreProbabilities.weighted(raw, List.of(new TokenLogprob("{\"grade\": 2}", -0.1, top)), scale))
                .isEmpty();
    }

    private Score gEval(ModelClient client, String model) throws ScorerConfigException {
        return Inputs.create(new GEvalScorer(), Map.of("model", model, "criteria", "Is the summary clear?",
                        "steps", List.of("Read the summary.", "Judge its clarity.")))
                .score(Inputs.input(ModelResponse.of("A summary.", Duration.ZERO), Map.of(), client))
                .toCompletableFuture().join().get(0);
    }

    private ModelClient openAi() {
        return new OpenAiProvider().create(new Context("openai",
                Map.of("base-url", server.baseUrl() + "/v1", "stream", "false"), Map.of("OPENAI_API_KEY", KEY)));
    }

    private void serveOpenAi(String logprobs) {
        server.stubFor(post("/v1/chat/completions").withRequestBody(containing("untrusted-output-"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id":"chatcmpl-9x1","object":"chat.completion","created":1721000000,"model":"gpt-4o-mini-2024-07-18",
                         "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                                     "logprobs":%s,"finish_reason":"stop"}],
                         "usage":{"prompt_tokens":310,"completion_tokens":12,"total_tokens":322},
                         "system_fingerprint":"fp_0ba0d124f1"}
                        """.formatted(json(REPLY), logprobs))));
    }

    private static String token(String token, double logprob) {
        return "{\"token\":%s,\"logprob\":%s,\"bytes\":null,\"top_logprobs\":[%s]}".formatted(json(token), logprob,
                top(token, Math.exp(logprob)));
    }

    private static String top(String token, double probability) {
        return "{\"token\":%s,\"logprob\":%s,\"bytes\":null}".formatted(json(token), Math.log(probability));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
