package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.ModelResponse;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The queue and limits of one provider. Waiting calls are entries in a queue, not threads: a call is started
 * when a concurrency slot and rate-limit tokens are free, and the lane re-examines its queue when an attempt
 * ends or a timer fires for the moment the next tokens will be there.
 */
final class ProviderLane {

    private static final long CUT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Requests are paced at this share of {@code requests-per-minute}. */
    static final double REQUEST_PACING = 0.98;

    private final String providerId;
    private final ProviderLimits limits;
    private final RetryPolicy retry;
    private final ModelClient delegate;
    private final ScheduledExecutorService timer;
    private final LongSupplier clock;
    private final CallObserver observer;

    private final AtomicInteger drainRequests = new AtomicInteger();
    private final ArrayDeque<PendingCall> waiting = new ArrayDeque<>();
    private final Set<PendingCall> unfinished = ConcurrentHashMap.newKeySet();
    private final AdaptiveConcurrency concurrency;
    private final Optional<RateBucket> requests;
    private final Optional<RateBucket> tokens;
    private int inFlight;
    private ScheduledFuture<?> wakeUp;
    private long wakeUpAt = Long.MAX_VALUE;
    private boolean closed;

    /**
     * @param buckets makes a rate bucket: its name ({@code requests} or {@code tokens}), rate per minute and
     *                capacity; a shared one when runs on the machine should share the limit
     */
    ProviderLane(String providerId, ProviderLimits limits, RetryPolicy retry, ModelClient delegate,
                 ScheduledExecutorService timer, LongSupplier clock, CallObserver observer, Buckets buckets) {
        this.providerId = providerId;
        this.limits = limits;
        this.retry = retry;
        this.delegate = delegate;
        this.timer = timer;
        this.clock = clock;
        this.observer = observer;
        long now = clock.getAsLong();
        this.concurrency = new AdaptiveConcurrency(limits.maxConcurrency(), CUT_INTERVAL_NANOS);
        // Requests are paced evenly (burst of one) a little under the limit, so a provider that enforces its
        // per-minute limit over short windows sees neither a burst nor, after network jitter bunches two
        // requests, an overrun; tokens may burst up to one second's worth.
        this.requests = limits.requestsPerMinute().isPresent()
                ? Optional.of(buckets.bucket("requests", limits.requestsPerMinute().getAsDouble() * REQUEST_PACING, 1,
                now)) : Optional.empty();
        this.tokens = limits.tokensPerMinute().isPresent()
                ? Optional.of(buckets.bucket("tokens", limits.tokensPerMinute().getAsDouble(),
                Math.max(1, limits.tokensPerMinute().getAsDouble() / 60), now)) : Optional.empty();
    }

    /** Makes the lane's rate buckets. */
    interface Buckets {
        RateBucket bucket(String name, double perMinute, double capacity, long now);

        /** Buckets of this lane alone. */
        Buckets LOCAL = (name, perMinute, capacity, now) -> new TokenBucket(perMinute, capacity, now);
    }

    /** The most calls in flight at once that the limits allow. */
    int maxConcurrency() {
        return limits.maxConcurrency();
    }

    /** Whether this provider's answers go through the response cache. */
    boolean cached() {
        return limits.cached();
    }

    CompletableFuture<ModelResponse> submit(PendingCall call) {
        synchronized (this) {
            if (closed) {
                call.result.completeExceptionally(new CancellationException("the scheduler is closed"));
                return call.result;
            }
            waiting.addLast(call);
            unfinished.add(call);
        }
        call.result.whenComplete((response, error) -> unfinished.remove(call));
        drain();
        return call.result;
    }

    /**
     * Fails every call that has no outcome yet - waiting, backing off or in flight - so that each submitted
     * call still ends exactly once when the run stops early.
     */
    void close() {
        List<PendingCall> abandoned;
        synchronized (this) {
            closed = true;
            waiting.clear();
            abandoned = new ArrayList<>(unfinished);
        }
        abandoned.forEach(call -> call.result.completeExceptionally(
                new CancellationException("the scheduler closed before this call to '" + providerId + "' ended")));
    }

    /**
     * Admits what the limits allow. Only one thread drains at a time; a request to drain while another thread
     * is draining makes that thread go round once more. This also keeps the stack flat when attempts complete
     * synchronously (each completion asks for a drain from inside {@link #start}).
     */
    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            admit().forEach(this::start);
            missed = drainRequests.addAndGet(-missed);
        } while (missed != 0);
    }

    private List<PendingCall> admit() {
        List<PendingCall> admitted = new ArrayList<>();
        synchronized (this) {
            long now = clock.getAsLong();
            while (!closed && !waiting.isEmpty() && inFlight < concurrency.limit()) {
                PendingCall next = waiting.peekFirst();
                long wait = Math.max(requests.map(bucket -> bucket.waitNanos(1, now)).orElse(0L),
                        tokens.map(bucket -> bucket.waitNanos(next.estimatedTokens, now)).orElse(0L));
                if (wait > 0) {
                    wakeUpIn(wait, now);
                    break;
                }
                waiting.pollFirst();
                requests.ifPresent(bucket -> bucket.take(1, now));
                tokens.ifPresent(bucket -> bucket.take(next.estimatedTokens, now));
                inFlight++;
                next.started(now);
                admitted.add(next);
            }
        }
        return admitted;
    }

    /**
     * Makes sure the lane looks at its queue again in {@code nanos}. Guarded by {@code this}. The pending
     * time is cleared by the wake-up itself before it drains, so a wake-up that is already running never
     * stands in for the next one.
     */
    private void wakeUpIn(long nanos, long now) {
        long at = now + nanos;
        if (at < wakeUpAt) {
            if (wakeUp != null) {
                wakeUp.cancel(false);
            }
            wakeUpAt = at;
            later(this::wokenUp, nanos).ifPresent(scheduled -> wakeUp = scheduled);
        }
    }

    private void wokenUp() {
        synchronized (this) {
            wakeUpAt = Long.MAX_VALUE;
            wakeUp = null;
        }
        drain();
    }

    /** Schedules on the timer; empty once the scheduler is closed (close has then failed every open call). */
    private Optional<ScheduledFuture<?>> later(Runnable task, long nanos) {
        try {
            return Optional.of(timer.schedule(task, nanos, TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException closedAlready) {
            return Optional.empty();
        }
    }

    private void start(PendingCall call) {
        AtomicBoolean settled = new AtomicBoolean();
        observer.attemptStarted(providerId);
        long startedAt = clock.getAsLong();
        CompletableFuture<ModelResponse> attempt;
        try {
            attempt = delegate.call(call.request);
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<ModelResponse> running = attempt;
        Optional<ScheduledFuture<?>> deadline = later(() -> {
            if (settled.compareAndSet(false, true)) {
                running.cancel(true);
                finish(call, startedAt, null, new ModelCallException(ErrorKind.TIMEOUT, "no answer from provider '"
                        + providerId + "' within " + limits.timeout().toMillis() + " ms"));
            }
        }, limits.timeout().toNanos());
        running.whenComplete((response, error) -> {
            if (settled.compareAndSet(false, true)) {
                deadline.ifPresent(scheduled -> scheduled.cancel(false));
                finish(call, startedAt, response, error);
            }
        });
    }

    private void finish(PendingCall call, long startedAt, ModelResponse response, Throwable error) {
        long now = clock.getAsLong();
        Duration latency = Duration.ofNanos(now - startedAt);
        if (error == null) {
            observer.attemptEnded(providerId, latency, Optional.empty());
            synchronized (this) {
                inFlight--;
                concurrency.onSuccess();
                response.usage().ifPresent(usage -> tokens.ifPresent(
                        bucket -> bucket.refund(call.estimatedTokens - usage.total(), now)));
            }
            call.result.complete(withAttempts(response, call.attempts));
        } else {
            ModelCallException failure = asModelCallException(error);
            boolean rateLimited = failure.kind() == ErrorKind.RATE_LIMITED;
            observer.attemptEnded(providerId, latency, Optional.of(failure.kind()));
            if (rateLimited) {
                failure.retryAfter().ifPresent(pause -> observer.paused(providerId, pause));
            }
            synchronized (this) {
                inFlight--;
                if (rateLimited) {
                    concurrency.onRateLimited(now);
                    call.rateLimitedAttempts++;
                }
            }
            // Retry-After delays this call only; rate-limited attempts are bounded by the budget, not the count.
            Duration delay = retry.delay(call.attempts, failure.retryAfter(), ThreadLocalRandom.current()::nextDouble);
            boolean retrying = failure.kind().retryable()
                    && (rateLimited || call.attempts - call.rateLimitedAttempts < limits.maxAttempts())
                    && now - call.firstStartedAt + delay.toNanos() <= limits.retryBudget().toNanos();
            if (retrying) {
                later(() -> requeue(call), delay.toNanos());
            } else {
                call.result.completeExceptionally(new ModelCallException(failure.kind(), failure.getMessage()
                        + " (after " + call.attempts + (call.attempts == 1 ? " attempt)" : " attempts)"),
                        failure.retryAfter().orElse(null), failure, call.attempts));
            }
        }
        drain();
    }

    private void requeue(PendingCall call) {
        synchronized (this) {
            if (closed) {
                return;
            }
            waiting.addFirst(call);
        }
        drain();
    }

    private ModelCallException asModelCallException(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ModelCallException known) {
            return known;
        }
        // Not a provider failure we understand (e.g. a bug in an in-process client): do not retry it.
        return new ModelCallException(ErrorKind.APPLICATION, cause.getClass().getName() + " from provider '"
                + providerId + "': " + cause.getMessage(), null, cause);
    }

    private static ModelResponse withAttempts(ModelResponse response, int attempts) {
        return response.toBuilder().attempts(attempts).build();
    }
}
