package dev.evalunit.engine.progress;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.RunProgress;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.TokenUsage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What a suite's counts make of its calls: done against the plan, judges apart, cost spent and projected. */
class SuiteProgressTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private static ModelRequest request(String text) {
        return new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user(text)),
                SamplingParams.DEFAULTS, 0);
    }

    private static ModelResponse answer(double cost, int attempts, boolean cacheHit) {
        return new ModelResponse("ok", Optional.of(new TokenUsage(100, 20)), Duration.ofMillis(300), Optional.empty(),
                Optional.empty(), cost > 0 ? OptionalDouble.of(cost) : OptionalDouble.empty(), cacheHit, attempts,
                List.of());
    }

    @Test
    void countsGenerationsJudgesCacheHitsAndFailuresAndProjectsTimeAndCost() {
        SuiteProgress progress = new SuiteProgress(10, OptionalDouble.of(2), Clock.fixed(START, ZoneOffset.UTC));
        ModelClient provider = request -> switch (request.messages().get(0).text()) {
            case "priced" -> CompletableFuture.completedFuture(answer(0.01, 2, false));
            case "cached" -> CompletableFuture.completedFuture(answer(0.01, 1, true));
            case "unpriced" -> CompletableFuture.completedFuture(answer(0, 1, false));
            case "judge" -> CompletableFuture.completedFuture(answer(0.002, 1, false));
            default -> CompletableFuture.failedFuture(new ModelCallException(ErrorKind.SERVER_ERROR,
                    "500 after 3 attempts", null, null, 3));
        };
        ModelClient generations = progress.metered(provider, false);
        ModelClient judges = progress.metered(provider, true);

        for (String text : List.of("priced", "priced", "cached", "unpriced", "failing")) {
            progress.generation(generations.call(request(text))).handle((r, e) -> null).join();
        }
        judges.call(request("judge")).join();
        judges.call(request("judge")).join();
        progress.scored();
        progress.scored();
        progress.scored();
        progress.scored();

        RunProgress now = progress.snapshot(new ProviderWatch.Activity(3, 1.5, List.of()));
        assertThat(now.plannedCalls()).isEqualTo(10);
        assertThat(now.doneCalls()).isEqualTo(5);
        assertThat(now.scoredSamples()).isEqualTo(4);
        assertThat(now.judgeCalls()).isEqualTo(2);
        assertThat(now.errors()).isEqualTo(1);
        assertThat(now.retries()).as("a second attempt for each priced answer, two more for the failure")
                .isEqualTo(4);
        assertThat(now.cachedCalls()).isEqualTo(1);
        assertThat(now.unpricedCalls()).isEqualTo(1);
        assertThat(now.inputTokens()).as("two priced, one unpriced, two judges; the cache hit is not spent")
                .isEqualTo(5 * 100);
        assertThat(now.outputTokens()).isEqualTo(5 * 20);
        assertThat(now.costUsd()).isCloseTo(0.024, within(1e-12));
        // generations: $0.02 for 5 of 10 → $0.04; judges: $0.004 for 4 of 10 scored → $0.01
        assertThat(now.projectedCostUsd().getAsDouble()).isCloseTo(0.05, within(1e-12));
        assertThat(now.budgetUsd()).hasValue(2);
        assertThat(now.inFlight()).isEqualTo(3);
        assertThat(now.requestsPerSecond()).isEqualTo(1.5);
        assertThat(now.fractionDone()).isEqualTo(0.5);
    }

    @Test
    void theTimeLeftGoesByTheRateOfScoredSamples() {
        MovableClock clock = new MovableClock(START);
        SuiteProgress progress = new SuiteProgress(8, OptionalDouble.empty(), clock);
        assertThat(progress.snapshot(new ProviderWatch.Activity(0, 0, List.of())).remainingMillis()).isEmpty();

        progress.scored();
        progress.scored();
        clock.move(Duration.ofSeconds(30));
        RunProgress now = progress.snapshot(new ProviderWatch.Activity(0, 0, List.of()));
        assertThat(now.elapsedMillis()).isEqualTo(30_000);
        assertThat(now.remainingMillis()).as("6 more at 15 s each").hasValue(90_000);
        assertThat(now.projectedCostUsd()).as("no generation finished yet").isEmpty();
    }
}
