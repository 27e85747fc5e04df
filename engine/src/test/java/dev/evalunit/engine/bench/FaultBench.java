package dev.evalunit.engine.bench;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.engine.cache.CacheMode;
import dev.evalunit.engine.cache.ResponseCache;
import dev.evalunit.engine.provider.OpenAiCompatibleProvider;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.scheduler.RetryPolicy;
import dev.evalunit.engine.scheduler.Scheduler;
import dev.evalunit.engine.testing.LocalEndpoint;
import dev.evalunit.engine.testing.MapProviderContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of 1,000 calls at max concurrency 64 against a local endpoint answering after 100 ms, fault-free and
 * with 20% of the requests faulted (429 with and without {@code Retry-After}, 500, 503, hangs past the 1 s
 * timeout, resets, malformed JSON, equally often). Target: the faulted run within 2 × the fault-free one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class FaultBench {

    static final int CALLS = 1000;

    /** A fresh endpoint per trial with the given share of faulted requests. */
    @State(Scope.Benchmark)
    public static class Endpoint {
        @Param({"0", "0.2"})
        public double faultRate;
        LocalEndpoint endpoint;
        List<ModelRequest> requests;

        @Setup(Level.Trial)
        public void start() throws IOException {
            endpoint = new LocalEndpoint(SchedulerBench.LATENCY, OptionalDouble.empty(), Duration.ofMinutes(10),
                    faultRate, Duration.ofSeconds(3), 7);
            requests = SchedulerBench.requests(CALLS);
        }

        @TearDown(Level.Iteration)
        public void report() {
            System.out.printf("%nfaults %.0f%%: %d requests for %d calls%n", faultRate * 100, endpoint.received(),
                    CALLS);
            endpoint.resetCounts();
        }

        @TearDown(Level.Trial)
        public void stop() {
            endpoint.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long thousandCalls(Endpoint state) {
        ModelClient provider = new OpenAiCompatibleProvider().create(new MapProviderContext("openai-compatible",
                Map.of("base-url", state.endpoint.baseUrl(), "stream", "false", "timeout", "1s"), Map.of()));
        try (Scheduler scheduler = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(64).withMaxAttempts(8),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(2)),
                new ResponseCache(SchedulerBench.tempDir(), CacheMode.OFF))) {
            List<CompletableFuture<?>> calls = state.requests.stream()
                    .<CompletableFuture<?>>map(request -> scheduler.call(request).handle((r, e) -> e == null))
                    .toList();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            return calls.stream().filter(call -> (Boolean) call.join()).count();
        }
    }
}
