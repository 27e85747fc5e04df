package dev.evalunit.engine;

import dev.evalunit.engine.testing.LocalEndpoint;
import dev.evalunit.engine.testing.LocalEndpoint.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Once a suite's preflight passed, the provider's connections are opened (plain GETs of its base URL, up to its
 * {@code max-concurrency}) before the first call, and the calls go over them; no model call is made for it, and a
 * dry run, a replay or {@code warm-up=false} opens none.
 */
class ConnectionWarmUpTest {

    private static final int MAX_CONCURRENCY = 3;
    /** The fixture's calls: 2 cases × 2 repeats. */
    private static final int CALLS = 4;

    @TempDir
    Path output;
    private LocalEndpoint endpoint;

    @BeforeEach
    void start() throws IOException {
        // every answer, the warm-up's 404s included, takes 50 ms, so the warm-up's requests overlap
        endpoint = new LocalEndpoint(Duration.ofMillis(50), OptionalDouble.empty(), Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private EngineTestKit.Builder run(String runId) {
        return EvalUnitKit.engine(output, selectClasspathResource("fixtures/remote/remote.eval.yaml"))
                .configurationParameter(Constants.RUN_ID, runId)
                .configurationParameter("evalunit.provider.openai-compatible.base-url", endpoint.baseUrl())
                .configurationParameter("evalunit.provider.openai-compatible.stream", "false")
                .configurationParameter("evalunit.provider.openai-compatible.max-concurrency",
                        String.valueOf(MAX_CONCURRENCY));
    }

    @Test
    void theConnectionsAreOpenBeforeTheFirstCallAndTheCallsGoOverThem() {
        run("warm").execute().testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        List<Request> requests = endpoint.requests();
        int firstCall = requests.indexOf(requests.stream().filter(r -> r.method().equals("POST")).findFirst()
                .orElseThrow());
        List<Request> warmUp = requests.subList(0, firstCall);
        assertThat(warmUp).hasSize(MAX_CONCURRENCY)
                .allSatisfy(request -> assertThat(request.method() + " " + request.path()).isEqualTo("GET /v1"));
        assertThat(warmUp.stream().map(Request::connection).distinct()).as("one connection each")
                .hasSize(MAX_CONCURRENCY);
        assertThat(requests.subList(firstCall, requests.size())).hasSize(CALLS)
                .allSatisfy(request -> assertThat(request.method() + " " + request.path())
                        .isEqualTo("POST /v1/chat/completions"));
        // (preflight's reachability check opened and closed a connection of its own before)
        assertThat(requests.subList(firstCall, firstCall + MAX_CONCURRENCY)).as("the first calls, all in flight at once")
                .extracting(Request::connection).isSubsetOf(warmUp.stream().map(Request::connection).toList());
        assertThat(endpoint.received()).as("model calls").isEqualTo(CALLS);
    }

    @Test
    void warmUpOffOpensNoConnectionBeforeTheCalls() {
        run("cold").configurationParameter("evalunit.provider.openai-compatible." + Constants.PROVIDER_WARM_UP, "false")
                .execute().testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(endpoint.requests()).hasSize(CALLS).allSatisfy(request -> assertThat(request.method())
                .isEqualTo("POST"));
    }

    @Test
    void aDryRunAndAReplayOpenNoConnection() {
        run("dry").configurationParameter(Constants.DRY_RUN, "true").execute();
        assertThat(endpoint.connections()).isZero();

        run("recorded").execute().testEvents().assertStatistics(stats -> stats.succeeded(2));
        endpoint.resetCounts();
        run("replayed").configurationParameter(Constants.CACHE_MODE, "replay").execute().testEvents()
                .assertStatistics(stats -> stats.succeeded(2));
        assertThat(endpoint.connections()).isZero();
        assertThat(endpoint.requests()).isEmpty();
    }
}
