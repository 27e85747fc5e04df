package dev.evalunit.examples.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.provider.AnthropicProvider;
import dev.evalunit.engine.provider.OpenAiProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator through the engine's real langchain4j providers and over raw HTTP. */
class SimulatorTest {

    private static final String TEXT = "The city council approved a new budget for road repairs on Tuesday. "
            + "Residents had complained about potholes for years. The work will start in March and last six months. "
            + "Drivers should expect lane closures on Main Street and plan to use the ring road. "
            + "The council also discussed a proposal for more bike lanes, but postponed a vote.";
    private static final String CLASSIFY = "Classify the support ticket.\nCategories: billing, technical, account, other\n"
            + "Reply with the category only.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final SimulatedProviders providers = new SimulatedProviders(SimulatorOptions.DEFAULTS.withTimeScale(0.01),
            new PrintStream(console, true, StandardCharsets.UTF_8));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        providers.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void openAiChatCompletionsPlainAndStreamedThroughTheRealClient(boolean stream) {
        ModelClient client = new OpenAiProvider().create(providers.decorate(context("openai", stream)));

        ModelResponse response = client.call(request("openai:gpt-4o-mini", CLASSIFY,
                "Ticket: I was charged twice for my subscription this month, please refund the extra payment.", 0))
                .join();

        assertThat(response.text()).isEqualTo("billing");
        assertThat(response.usage()).hasValueSatisfying(usage -> {
            assertThat(usage.input()).isEqualTo(Texts.tokens(CLASSIFY + "\n"
                    + "Ticket: I was charged twice for my subscription this month, please refund the extra payment."));
            assertThat(usage.output()).isEqualTo(2);
        });
        assertThat(response.timeToFirstToken().isPresent()).isEqualTo(stream);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("OPENAI_API_KEY is not set, so 'openai' models are SIMULATED");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anthropicMessagesPlainAndStreamedThroughTheRealClient(boolean stream) {
        ModelClient client = new AnthropicProvider().create(providers.decorate(context("anthropic", stream)));

        ModelResponse response = client.call(request("anthropic:claude-sonnet-4-20250514",
                "Summarize the following text in 2–3 sentences. Focus on the key takeaway and any actionable "
                        + "information. Do not include filler phrases.", TEXT, 0.2)).join();

        assertThat(Texts.sentences(response.text())).hasSizeBetween(2, 3);
        assertThat(Texts.words(TEXT)).containsAll(Texts.words(response.text()));
        assertThat(response.text()).doesNotStartWith("Here").contains("; ");
        assertThat(response.usage()).hasValueSatisfying(usage -> assertThat(usage.output())
                .isEqualTo(Texts.tokens(response.text())));
        assertThat(response.finishReason()).isPresent();
    }

    @Test
    void aProviderWithAKeyOrABaseUrlIsLeftAlone() {
        MapContext keyed = new MapContext("openai", Map.of(), Map.of("OPENAI_API_KEY", "sk-real"));
        MapContext pointed = new MapContext("anthropic", Map.of("base-url", "http://localhost:9/v1/"), Map.of());
        MapContext other = new MapContext("ollama", Map.of(), Map.of());

        assertThat(providers.decorate(keyed)).isSameAs(keyed);
        assertThat(providers.decorate(pointed)).isSameAs(pointed);
        assertThat(providers.decorate(other)).isSameAs(other);
        assertThat(providers.started()).isEmpty();
    }

    @Test
    void answersAreLabelledSimulatedOnTheWire() throws Exception {
        Simulator simulator = simulator();
        HttpResponse<String> response = post(simulator.openAiBaseUrl() + "/chat/completions", """
                {"model":"gpt-4o","messages":[{"role":"user","content":"Hello"}]}""");

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-EvalUnit-Simulated")).hasValue("true");
        assertThat(body.at("/model").asText()).isEqualTo("gpt-4o (simulated)");
        assertThat(body.at("/system_fingerprint").asText()).isEqualTo("evalunit-simulator");
    }

    @Test
    void theSameSeedGivesTheSameAnswersAndLowerTemperatureVariesLess() throws Exception {
        List<String> first = summaries(SimulatorOptions.DEFAULTS, 1.0, 12);
        List<String> again = summaries(SimulatorOptions.DEFAULTS, 1.0, 12);
        List<String> otherSeed = summaries(new SimulatorOptions(7, 0, 0.01, Duration.ofSeconds(5)), 1.0, 12);
        List<String> cold = summaries(SimulatorOptions.DEFAULTS, 0.0, 12);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(new HashSet<>(first)).hasSizeGreaterThan(2);
        assertThat(new HashSet<>(cold)).hasSize(1);
    }

    @Test
    void theJudgeScoresOnItsScaleAndPrefersTheOutputCloserToTheReference() throws Exception {
        Simulator simulator = simulator();
        String reference = "Road repairs approved by the council start in March and last six months; drivers should "
                + "use the ring road to avoid lane closures on Main Street.";
        double close = judge(simulator, reference, "The council approved road repairs starting in March for six "
                + "months. Drivers should use the ring road because of lane closures on Main Street.");
        double unrelated = judge(simulator, reference, "Here is a concise summary: the weather was nice and a "
                + "local bakery opened.");

        assertThat(close).isBetween(1.0, 5.0).isGreaterThanOrEqualTo(4.0);
        assertThat(unrelated).isBetween(1.0, 5.0).isLessThanOrEqualTo(2.0);
        assertThat(simulator.stats().judge().answers()).isEqualTo(2);
        assertThat(simulator.stats().generation().answers()).isZero();
    }

    @Test
    void injectedFaultsHappenAtTheConfiguredRateAndAreCounted() throws Exception {
        try (Simulator simulator = Simulator.start(new SimulatorOptions(3, 0.3, 0.01, Duration.ofMillis(400)))) {
            HttpClient client = HttpClient.newBuilder().build();
            int ok = 0;
            int limited = 0;
            int failed = 0;
            int timedOut = 0;
            for (int i = 0; i < 200; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.openAiBaseUrl() + "/chat/completions"))
                        .timeout(Duration.ofMillis(200)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":"
                                + "\"user\",\"content\":\"Question number " + i + "\"}]}")).build();
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    switch (response.statusCode()) {
                        case 200 -> ok++;
                        case 429 -> {
                            limited++;
                            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                            assertThat(response.headers().firstValue("retry-after-ms")).hasValue("10");
                        }
                        case 500 -> failed++;
                        default -> throw new AssertionError("unexpected status " + response.statusCode());
                    }
                } catch (java.net.http.HttpTimeoutException e) {
                    timedOut++;
                }
            }

            SimulatorStats.Tally tally = simulator.stats().generation();
            assertThat(tally.answers()).isEqualTo(ok);
            assertThat(tally.rateLimited()).isEqualTo(limited);
            assertThat(tally.serverErrors()).isEqualTo(failed);
            assertThat(tally.timeouts()).isEqualTo(timedOut);
            // 200 attempts at rate 0.3: 60 expected, sd 6.5
            assertThat(tally.faults()).isBetween(40L, 80L);
            assertThat(limited).isPositive();
            assertThat(failed).isPositive();
            assertThat(timedOut).isPositive();
        }
    }

    @Test
    void malformedRequestsAndUnknownPathsGetClearErrors() throws Exception {
        Simulator simulator = simulator();

        HttpResponse<String> notJson = post(simulator.openAiBaseUrl() + "/chat/completions", "{nope");
        HttpResponse<String> noMessages = post(simulator.anthropicBaseUrl() + "messages", "{\"model\":\"claude\"}");
        HttpResponse<String> unknown = post(simulator.baseUrl() + "/v1/embeddings", "{}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("request body is not JSON");
        assertThat(noMessages.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noMessages.body()).at("/error/message").asText())
                .isEqualTo("request body needs a 'model' string and a 'messages' array");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("POST .../chat/completions (OpenAI) and POST .../messages (Anthropic)");
        assertThat(simulator.stats().generation().badRequests()).isEqualTo(3);
    }

    private Simulator simulator() {
        providers.decorate(context("openai", false));
        return providers.started().orElseThrow();
    }

    private List<String> summaries(SimulatorOptions options, double temperature, int repeats) throws Exception {
        try (Simulator simulator = Simulator.start(options.withTimeScale(0.01))) {
            List<String> answers = new ArrayList<>();
            String body = JSON.writeValueAsString(Map.of("model", "gpt-4o-mini", "temperature", temperature,
                    "messages", List.of(Map.of("role", "system", "content", "Summarize the following text concisely."),
                            Map.of("role", "user", "content", TEXT))));
            for (int i = 0; i < repeats; i++) {
                answers.add(JSON.readTree(post(simulator.openAiBaseUrl() + "/chat/completions", body).body())
                        .at("/choices/0/message/content").asText());
            }
            return answers;
        }
    }

    private double judge(Simulator simulator, String reference, String output) throws Exception {
        String system = "You are a strict, impartial evaluator of text produced by an AI system.\nReply with only "
                + "one JSON object and nothing else: {\"reasoning\": \"<a short explanation>\", \"score\": <a number "
                + "from 1 to 5>}.";
        String user = "Score the response against this rubric, from 1 to 5.\n\nRubric:\nCovers the key facts.\n\n"
                + "The reference answer:\n<untrusted-reference-0a1b2c3d4e5f>\n" + reference
                + "\n</untrusted-reference-0a1b2c3d4e5f>\n\nThe response to evaluate:\n<untrusted-output-"
                + "a1b2c3d4e5f6>\n" + output + "\n</untrusted-output-a1b2c3d4e5f6>\n";
        String body = JSON.writeValueAsString(Map.of("model", "gpt-4o-mini", "temperature", 0,
                "messages", List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user))));
        JsonNode reply = JSON.readTree(JSON.readTree(post(simulator.openAiBaseUrl() + "/chat/completions", body).body())
                .at("/choices/0/message/content").asText());
        assertThat(reply.path("reasoning").asText()).startsWith("Simulated judge: content overlap with the reference");
        return reply.path("score").asDouble();
    }

    private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MapContext context(String provider, boolean stream) {
        return new MapContext(provider, Map.of("stream", Boolean.toString(stream), "timeout", "10s"), Map.of());
    }

    private static ModelRequest request(String model, String system, String user, double temperature) {
        return new ModelRequest(ModelRef.parse(model), List.of(Message.system(system), Message.user(user)),
                SamplingParams.DEFAULTS.withTemperature(temperature).withMaxTokens(500), 0);
    }

}
