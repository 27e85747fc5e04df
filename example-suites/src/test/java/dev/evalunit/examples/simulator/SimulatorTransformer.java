package dev.evalunit.examples.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * The WireMock extension that is the simulator: reads each OpenAI chat-completions or Anthropic messages request,
 * decides reproducibly whether this attempt fails (and how), otherwise lets the simulated model answer, and
 * writes the answer in the caller's wire format - streamed as server-sent events when asked - after a simulated
 * latency.
 *
 * <p>Identical requests are numbered: the n-th arrival decides the fault, the k-th successful answer is drawn
 * from (seed, request, k). An unchanged re-run of a suite therefore sees the same answers in the same multiset,
 * whatever order concurrent calls arrive in, and a retried fault does not shift the answers of the others.
 */
final class SimulatorTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "evalunit-simulator";

    private enum Outcome { ANSWER, RATE_LIMITED, SERVER_ERROR, TIMEOUT, BAD_REQUEST }

    private enum Role { GENERATION, JUDGE }

    /** Arrivals and successful answers of one distinct request. */
    private record Occurrences(AtomicInteger attempts, AtomicInteger answers) {
    }

    private final SimulatorOptions options;
    private final ConcurrentHashMap<String, Occurrences> occurrences = new ConcurrentHashMap<>();
    private final LongAdder[][] counts = new LongAdder[Role.values().length][Outcome.values().length];

    SimulatorTransformer(SimulatorOptions options) {
        this.options = options;
        for (LongAdder[] row : counts) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new LongAdder();
            }
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest http = event.getRequest();
        String path = URI.create(http.getUrl()).getPath();
        WireRequest.Protocol protocol = path.endsWith("/chat/completions") ? WireRequest.Protocol.OPENAI
                : path.endsWith("/messages") ? WireRequest.Protocol.ANTHROPIC : null;
        if (protocol == null || !"POST".equals(http.getMethod().getName())) {
            count(Role.GENERATION, Outcome.BAD_REQUEST);
            return json(404, WireResponses.error(WireRequest.Protocol.OPENAI, "not_found_error", "the simulator "
                    + "serves POST .../chat/completions (OpenAI) and POST .../messages (Anthropic), not "
                    + http.getMethod() + " " + path));
        }
        WireRequest request;
        try {
            request = WireRequest.parse(protocol, http.getBodyAsString());
        } catch (IllegalArgumentException e) {
            count(Role.GENERATION, Outcome.BAD_REQUEST);
            return json(400, WireResponses.error(protocol, "invalid_request_error", e.getMessage()));
        }
        Role role = Judge.handles(request) ? Role.JUDGE : Role.GENERATION;
        Occurrences seen = occurrences.computeIfAbsent(digest(request.canonical()),
                key -> new Occurrences(new AtomicInteger(), new AtomicInteger()));
        Optional<Fault> fault = Fault.draw(options, request.canonical(), seen.attempts().getAndIncrement());
        if (fault.isPresent()) {
            return fault(role, protocol, request, fault.get());
        }
        int index = seen.answers().getAndIncrement();
        Draws draws = new Draws(options.seed(), request.canonical(), index);
        WireResponses.Answer answer = SimulatedModel.answer(request, draws);
        Latency latency = Latency.of(ModelProfile.of(request.model()), answer, draws, options.timeScale());
        count(role, Outcome.ANSWER);
        String id = digest(request.canonical() + "\u0000" + index).substring(0, 24);
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withHeader("X-EvalUnit-Simulated", "true");
        if (request.stream()) {
            String body = protocol == WireRequest.Protocol.OPENAI ? WireResponses.openAiStream(request, answer, id)
                    : WireResponses.anthropicStream(request, answer, id);
            int chunks = Math.max(1, Math.min(16, WireResponses.pieces(answer.text()).size()));
            response.withHeader("Content-Type", WireResponses.SSE_TYPE).withBody(body)
                    .withFixedDelay((int) latency.firstTokenMs())
                    .withChunkedDribbleDelay(chunks, (int) latency.generationMs());
        } else {
            String body = protocol == WireRequest.Protocol.OPENAI ? WireResponses.openAi(request, answer, id)
                    : WireResponses.anthropic(request, answer, id);
            response.withHeader("Content-Type", WireResponses.JSON_TYPE).withBody(body)
                    .withFixedDelay((int) latency.totalMs());
        }
        return response.build();
    }

    SimulatorStats stats() {
        return new SimulatorStats(tally(Role.GENERATION), tally(Role.JUDGE));
    }

    private ResponseDefinition fault(Role role, WireRequest.Protocol protocol, WireRequest request, Fault fault) {
        String model = WireResponses.label(request.model());
        return switch (fault) {
            case RATE_LIMITED -> {
                count(role, Outcome.RATE_LIMITED);
                long waitMs = Math.max(1, Math.round(1000 * options.timeScale()));
                ResponseDefinitionBuilder response = aResponse().withStatus(429)
                        .withHeader("Content-Type", WireResponses.JSON_TYPE)
                        .withHeader("Retry-After", Long.toString((waitMs + 999) / 1000))
                        .withBody(WireResponses.error(protocol, protocol == WireRequest.Protocol.OPENAI
                                ? "rate_limit_exceeded" : "rate_limit_error", "Rate limit reached for " + model
                                + " (injected fault). Please try again later."));
                if (protocol == WireRequest.Protocol.OPENAI) {
                    response.withHeader("retry-after-ms", Long.toString(waitMs));
                }
                yield response.build();
            }
            case SERVER_ERROR -> {
                count(role, Outcome.SERVER_ERROR);
                yield json(500, WireResponses.error(protocol, protocol == WireRequest.Protocol.OPENAI ? "server_error"
                        : "api_error", "The server had an error processing your request (injected fault)."));
            }
            case TIMEOUT -> {
                count(role, Outcome.TIMEOUT);
                yield aResponse().withStatus(504).withHeader("Content-Type", WireResponses.JSON_TYPE)
                        .withBody(WireResponses.error(protocol, "timeout", "The request to " + model
                                + " timed out (injected fault)."))
                        .withFixedDelay((int) options.timeoutDelay().toMillis()).build();
            }
        };
    }

    private static ResponseDefinition json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", WireResponses.JSON_TYPE).withBody(body).build();
    }

    private void count(Role role, Outcome outcome) {
        counts[role.ordinal()][outcome.ordinal()].increment();
    }

    private SimulatorStats.Tally tally(Role role) {
        LongAdder[] row = counts[role.ordinal()];
        return new SimulatorStats.Tally(row[Outcome.ANSWER.ordinal()].sum(), row[Outcome.RATE_LIMITED.ordinal()].sum(),
                row[Outcome.SERVER_ERROR.ordinal()].sum(), row[Outcome.TIMEOUT.ordinal()].sum(),
                row[Outcome.BAD_REQUEST.ordinal()].sum());
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
