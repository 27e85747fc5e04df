package dev.evalunit.examples.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The offline model simulator: a WireMock server on 127.0.0.1 (a free port) that answers the OpenAI
 * chat-completions API ({@link #openAiBaseUrl()}) and the Anthropic messages API ({@link #anthropicBaseUrl()}) with
 * simulated models, plainly labelled as simulated. Their behaviour depends on the model name, the temperature and
 * the prompt (see {@link SimulatorTransformer}); every answer, latency and fault is reproducible from the seed.
 *
 * <pre>{@code
 * try (Simulator simulator = Simulator.start(SimulatorOptions.DEFAULTS)) {
 *     // evalunit.provider.openai.base-url = simulator.openAiBaseUrl()
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

    private final WireMockServer server;
    private final SimulatorTransformer transformer;

    /** Idle connections stay open long enough that a client never reuses one the server just closed. */
    private Simulator(SimulatorOptions options) {
        this.transformer = new SimulatorTransformer(options);
        this.server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(256).jettyIdleTimeout(600_000L).disableRequestJournal().extensions(transformer));
    }

    /** Starts a simulator; close it to stop the server. */
    public static Simulator start(SimulatorOptions options) {
        Simulator simulator = new Simulator(options);
        simulator.server.start();
        simulator.server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(SimulatorTransformer.NAME)));
        return simulator;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The base URL for OpenAI-protocol clients ({@code .../v1}). */
    public String openAiBaseUrl() {
        return baseUrl() + "/v1";
    }

    /** The base URL for Anthropic clients ({@code .../v1/}). */
    public String anthropicBaseUrl() {
        return baseUrl() + "/v1/";
    }

    /** What the simulator has answered and which faults it injected so far. */
    public SimulatorStats stats() {
        return transformer.stats();
    }

    @Override
    public void close() {
        server.stop();
    }
}
