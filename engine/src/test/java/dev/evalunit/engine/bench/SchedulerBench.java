package dev.evalunit.engine.bench;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The scheduler against a local OpenAI-compatible endpoint with a fixed 100 ms latency, through the real
 * provider (langchain4j + HTTP). Each benchmark prints its figures and whether it meets the target:
 * <ul>
 *   <li>{@code concurrency64}: 2,000 calls at max concurrency 64 within 1.15 × 2000 × 0.1 / 64 s;</li>
 *   <li>{@code rateLimited600PerMinute}: 300 calls at 600 requests/minute within 5% of 10 requests/s with
 *       zero 429s from an endpoint that enforces the limit strictly (a bucket of two requests refilled at
 *       10 per second);</li>
 *   <li>{@code unchangedRerun}: re-running 2,000 cached calls makes 0 provider calls.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class SchedulerBench {

    static final Duration LATENCY = Duration.ofMillis(100);
    static final int CALLS = 2000;
    static final int CONCURRENCY = 64;
    static final double RPM = 600;
    static final int RATE_CALLS = 300;

    static List<ModelRequest> requests(int n) {
        return IntStream.range(0, n).mapToObj(i -> new ModelRequest(ModelRef.parse("openai-compatible:bench-model"),
                List.of(Message.user("case-" + i)), SamplingParams.DEFAULTS.withMaxTokens(16), 0)).toList();
    }

    static Scheduler scheduler(LocalEndpoint endpoint, boolean stream, ProviderLimits limits, ResponseCache cache) {
        ModelClient provider = new OpenAiCompatibleProvider().create(new MapProviderContext("openai-compatible",
                Map.of("base-url", endpoint.baseUrl(), "stream", Boolean.toString(stream)), Map.of()));
        return new Scheduler(provider, id -> limits, RetryPolicy.DEFAULT, cache);
    }

    static int runAll(Scheduler scheduler, List<ModelRequest> requests) {
        List<CompletableFuture<ModelResponse>> calls = requests.stream().map(scheduler::call).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        return calls.size();
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("evalunit-bench-cache");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh endpoint per trial, no rate limit. */
    @State(Scope.Benchmark)
    public static class Unlimited {
        @Param({"false", "true"})
        public boolean stream;
        LocalEndpoint endpoint;
        List<ModelRequest> requests;
        long started;

        @Setup(Level.Trial)
        public void start() throws IOException {
            endpoint = new LocalEndpoint(LATENCY, OptionalDouble.empty(), Duration.ofMinutes(5));
            requests = requests(CALLS);
        }

        @Setup(Level.Iteration)
        public void mark() {
            endpoint.resetCounts();
            started = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void report() {
            double seconds = (System.nanoTime() - started) / 1e9;
            double ideal = CALLS * LATENCY.toMillis() / 1000.0 / CONCURRENCY;
            System.out.printf("%nconcurrency64 stream=%s: %d calls served in %.3f s; ideal %.3f s; ratio %.3f (target <= 1.15): %s%n",
                    stream, endpoint.served(), seconds, ideal, seconds / ideal, seconds / ideal <= 1.15 ? "MET" : "MISSED");
        }

        @TearDown(Level.Trial)
        public void stop() {
            endpoint.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int concurrency64(Unlimited state) {
        try (Scheduler scheduler = scheduler(state.endpoint, state.stream, ProviderLimits.ofConcurrency(CONCURRENCY),
                new ResponseCache(tempDir(), CacheMode.OFF))) {
            return runAll(scheduler, state.requests);
        }
    }

    /** An endpoint enforcing 600 requests/minute. */
    @State(Scope.Benchmark)
    public static class RateLimited {
        LocalEndpoint endpoint;

        @Setup(Level.Trial)
        public void start() throws IOException {
            // Warm the client code path first: a cold JVM's first calls stall in class loading and then
            // reach the endpoint together, which says nothing about pacing.
            try (LocalEndpoint warmUp = new LocalEndpoint(LATENCY, OptionalDouble.empty(), Duration.ofMinutes(1));
                 Scheduler scheduler = scheduler(warmUp, false, ProviderLimits.ofConcurrency(CONCURRENCY),
                         new ResponseCache(tempDir(), CacheMode.OFF))) {
                runAll(scheduler, requests(CALLS / 4));
            }
            endpoint = new LocalEndpoint(LATENCY, OptionalDouble.of(RPM), Duration.ofMinutes(5));
        }

        @TearDown(Level.Trial)
        public void stop() {
            double rate = endpoint.acceptedRatePerSecond();
            double target = RPM / 60;
            boolean met = Math.abs(rate - target) / target <= 0.05 && endpoint.rejected() == 0;
            System.out.printf("%nrateLimited600PerMinute: %d calls served, achieved %.3f requests/s (target %.1f, "
                            + "off by %.2f%%), %d × 429: %s%n", endpoint.served(), rate, target,
                    100 * Math.abs(rate - target) / target, endpoint.rejected(), met ? "MET" : "MISSED");
            endpoint.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public int rateLimited600PerMinute(RateLimited state) {
        try (Scheduler scheduler = scheduler(state.endpoint, false,
                ProviderLimits.ofConcurrency(CONCURRENCY).withRequestsPerMinute(RPM),
                new ResponseCache(tempDir(), CacheMode.OFF))) {
            return runAll(scheduler, requests(RATE_CALLS));
        }
    }

    /** A cache filled by a first run of 2,000 calls. */
    @State(Scope.Benchmark)
    public static class Cached {
        LocalEndpoint endpoint;
        Path cacheDir;
        List<ModelRequest> requests;

        @Setup(Level.Trial)
        public void firstRun() throws IOException {
            endpoint = new LocalEndpoint(LATENCY, OptionalDouble.empty(), Duration.ofMinutes(5));
            cacheDir = tempDir();
            requests = requests(CALLS);
            try (Scheduler scheduler = scheduler(endpoint, false, ProviderLimits.ofConcurrency(CONCURRENCY),
                    new ResponseCache(cacheDir, CacheMode.READ_WRITE))) {
                runAll(scheduler, requests);
            }
            System.out.printf("%nunchangedRerun: first run made %d provider calls%n", endpoint.served());
            endpoint.resetCounts();
        }

        @TearDown(Level.Iteration)
        public void report() {
            System.out.printf("%nunchangedRerun: %d provider calls for %d cached calls: %s%n", endpoint.served(), CALLS,
                    endpoint.served() == 0 ? "MET" : "MISSED");
        }

        @TearDown(Level.Trial)
        public void stop() {
            endpoint.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int unchangedRerun(Cached state) {
        try (Scheduler scheduler = scheduler(state.endpoint, false, ProviderLimits.ofConcurrency(CONCURRENCY),
                new ResponseCache(state.cacheDir, CacheMode.READ_WRITE))) {
            return runAll(scheduler, state.requests);
        }
    }
}
