package dev.evalunit.engine.progress;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.RunProgress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * One suite's counts while it runs: generations done against the plan, samples scored, and every model call's
 * outcome, tokens and cost (through {@link #metered}). Updated from any thread; {@link #snapshot} reads them.
 */
public final class SuiteProgress {

    private final long plannedCalls;
    private final Instant started;
    private final OptionalDouble budgetUsd;
    private final Clock clock;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong scored = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong judgeCalls = new AtomicLong();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicLong cached = new AtomicLong();
    private final AtomicLong unpriced = new AtomicLong();
    private final DoubleAdder generationCost = new DoubleAdder();
    private final DoubleAdder judgeCost = new DoubleAdder();

    /**
     * @param plannedCalls the generations the suite will make (judge calls are not known ahead)
     * @param budgetUsd    the run's cost budget, if one is configured
     */
    public SuiteProgress(long plannedCalls, OptionalDouble budgetUsd, Clock clock) {
        this.plannedCalls = plannedCalls;
        this.budgetUsd = budgetUsd;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** {@code client} counted into this suite: its calls' outcomes, tokens and cost; judge calls apart. */
    public ModelClient metered(ModelClient client, boolean judge) {
        return request -> {
            CompletableFuture<ModelResponse> response;
            try {
                response = client.call(request);
            } catch (RuntimeException e) {
                response = CompletableFuture.failedFuture(e);
            }
            return response.whenComplete((answer, failure) -> ended(answer, failure, judge));
        };
    }

    /** Counts a generation as done when its answer (or its failure) is in; returns the same future. */
    public <T> CompletableFuture<T> generation(CompletableFuture<T> answer) {
        answer.whenComplete((value, failure) -> done.incrementAndGet());
        return answer;
    }

    /** A sample was scored and journaled. */
    public void scored() {
        scored.incrementAndGet();
    }

    private void ended(ModelResponse answer, Throwable failure, boolean judge) {
        if (judge) {
            judgeCalls.incrementAndGet();
        }
        if (failure != null) {
            errors.incrementAndGet();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ModelCallException call) {
                retries.addAndGet(call.attempts() - 1L);
            }
            return;
        }
        retries.addAndGet(answer.attempts() - 1L);
        if (answer.cacheHit()) {
            cached.incrementAndGet();
            return;
        }
        answer.usage().ifPresent(usage -> {
            inputTokens.addAndGet(usage.input());
            outputTokens.addAndGet(usage.output());
            if (answer.costUsd().isEmpty()) {
                unpriced.incrementAndGet();
            }
        });
        answer.costUsd().ifPresent(judge ? judgeCost::add : generationCost::add);
    }

    /**
     * Where the suite is now, with what the providers are doing. The time left and the projected cost go by the
     * rate so far: of scored samples (the end of each sample's way, judges included) for the time, of generations
     * for their cost and of scored samples for the judges' cost.
     */
    public RunProgress snapshot(ProviderWatch.Activity activity) {
        Instant now = clock.instant();
        long elapsed = Duration.between(started, now).toMillis();
        long finished = done.get();
        long complete = scored.get();
        double generations = generationCost.sum();
        double judges = judgeCost.sum();
        OptionalLong remaining = complete == 0 ? OptionalLong.empty()
                : OptionalLong.of(Math.round((double) elapsed * Math.max(0, plannedCalls - complete) / complete));
        OptionalDouble projected = finished == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(generations * Math.max(plannedCalls, finished) / finished
                + (complete == 0 ? 0 : judges * Math.max(plannedCalls, complete) / complete));
        return new RunProgress(now.toString(), plannedCalls, finished, complete, errors.get(), retries.get(),
                judgeCalls.get(), activity.inFlight(), activity.requestsPerSecond(), elapsed, remaining,
                inputTokens.get(), outputTokens.get(), generations + judges, cached.get(), unpriced.get(), projected,
                budgetUsd, activity.notices());
    }
}
