package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.TokenUsage;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * An in-memory provider that answers after a fixed latency on a timer (no thread per call) and records what
 * the scheduler did: start times, calls per request, the most calls in flight at once.
 */
final class FakeProvider implements ModelClient, AutoCloseable {

    /** What to do with the n-th attempt (1-based) of a request: a failure, or empty to answer normally. */
    interface Script extends BiFunction<ModelRequest, Integer, Optional<ModelCallException>> {
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Duration latency;
    private final Script script;
    private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    final List<Long> startNanos = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    FakeProvider(Duration latency, Script script) {
        this.latency = latency;
        this.script = script;
    }

    static FakeProvider answering(Duration latency) {
        return new FakeProvider(latency, (request, attempt) -> Optional.empty());
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        startNanos.add(System.nanoTime());
        calls.incrementAndGet();
        int attempt = attempts.computeIfAbsent(request.fingerprint(), key -> new AtomicInteger()).incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        CompletableFuture<ModelResponse> future = new CompletableFuture<>();
        Optional<ModelCallException> failure = script.apply(request, attempt);
        timer.schedule(() -> {
            inFlight.decrementAndGet();
            if (failure.isPresent()) {
                future.completeExceptionally(failure.get());
            } else {
                future.complete(ModelResponse.builder("answer to " + request.messages().get(0).text(), latency)
                        .usage(new TokenUsage(10, 5)).finishReason("STOP").build());
            }
        }, latency.toNanos(), TimeUnit.NANOSECONDS);
        return future;
    }

    int attemptsOf(ModelRequest request) {
        AtomicInteger count = attempts.get(request.fingerprint());
        return count == null ? 0 : count.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
