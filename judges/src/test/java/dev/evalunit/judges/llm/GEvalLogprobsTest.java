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

    private static final String REPLY = "{\"reasoning\": \"Clear.\", \"score\": 4}";

    private WireMockJudge judge;
    private WireMockServer server;


    @BeforeEach
    void start() {
        judge = new WireMockJudge();
        server = judge.server();
    }

    @AfterEach
    void stop() {
        judge.close();
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
        judge.openAiReply(REPLY, logprobs);

        Score score = gEval(judge.openAi(), "openai:gpt-4o-mini");

        // (0.6 * 4 + 0.3 * 5 + 0.1 * 3) / (0.6 + 0.3 + 0.1)
        assertThat(score.value().orElseThrow()).isCloseTo(4.2, within(1e-12));
        assertThat(score.details()).containsEntry("weighting", "logprobs");
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.logprobs", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.top_logprobs", equalTo("20"))));
    }

    @Test
    void withoutLogprobsInTheReplyTheWrittenScoreStandsAndRepeatsAverage() throws ScorerConfigException {
        judge.openAiReply(REPLY, "null");

        Score score = gEval(judge.openAi(), "openai:gpt-4o-mini");

        assertThat(score.value()).hasValue(4.0);
        assertThat(score.details()).containsEntry("weighting", "repeats");
    }

    @Test
    void anAnthropicJudgeIsNotAskedForLogprobsAndItsWrittenScoreStands() throws ScorerConfigException {
        judge.anthropicReply(REPLY);

        Score score = gEval(judge.anthropic(), "anthropic:claude-3-5-haiku-latest");

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


    private static String token(String token, double logprob) {
        return "{\"token\":%s,\"logprob\":%s,\"bytes\":null,\"top_logprobs\":[%s]}".formatted(
                WireMockJudge.json(token), logprob,
                top(token, Math.exp(logprob)));
    }

    private static String top(String token, double probability) {
        return "{\"token\":%s,\"logprob\":%s,\"bytes\":null}".formatted(WireMockJudge.json(token), Math.log(probability));
    }

}
