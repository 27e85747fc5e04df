package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.cache.CacheClaim;
import dev.evalunit.engine.cache.CacheMode;
import dev.evalunit.engine.cache.ResponseCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SchedulerTest {

    private static final RetryPolicy FAST_RETRY = new RetryPolicy(Duration.ofMillis(10), Duration.ofSeconds(1));

    @TempDir
    Path cacheDir;

    private static ModelRequest request(int i) {
        return new ModelRequest(ModelRef.parse("fake:model"), List.of(Message.user("case-" + i)),
                SamplingParams.DEFAULTS.withMaxTokens(100), 0);
    }

    private Scheduler scheduler(ModelClient provider, ProviderLimits limits) {
        return new Scheduler(provider, id -> limits, FAST_RETRY, new ResponseCache(cacheDir, CacheMode.OFF));
    }

    private static List<CompletableFuture<ModelResponse>> submitAll(Scheduler scheduler, int n) {
        return IntStream.range(0, n).mapToObj(i -> scheduler.call(request(i))).toList();
    }

    @Test
    void admitsEverySubmittedCallWithinMaxConcurrencyWithoutAThreadPerCall() {
        int threadsBefore = Thread.activeCount();
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(20));
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(8))) {
            List<CompletableFuture<ModelResponse>> futures = submitAll(scheduler, 400);
            assertThat(Thread.activeCount() - threadsBefore).as("threads for 400 waiting calls").isLessThan(10);

            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

            assertThat(provider.calls).hasValue(400);
            assertThat(provider.maxInFlight()).isEqualTo(8);
            assertThat(futures).allSatisfy(future -> assertThat(future.join().attempts()).isEqualTo(1));
        }
    }

    @Test
    void pacesRequestsPerMinuteEvenly() {
        // 1200 requests/minute = one every 50 ms
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(1));
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(16).withRequestsPerMinute(1200))) {
            CompletableFuture.allOf(submitAll(scheduler, 21).toArray(CompletableFuture[]::new)).join();

            List<Long> starts = provider.startNanos;
            double seconds = (starts.get(starts.size() - 1) - starts.get(0)) / 1e9;
            // never faster than the limit; late timer wake-ups on a loaded machine may only make it slower
            assertThat(20 / seconds).as("achieved rate per second (paced at 98%)").isBetween(10.0, 19.8);
            for (int i = 2; i < starts.size(); i++) {
                assertThat((starts.get(i) - starts.get(i - 2)) / 1e6).as("two gaps before start " + i)
                        .isGreaterThan(60);
            }
        }
    }

    @Test
    void pacingKeepsWakingUpWhenAttemptsCompleteWhileTheLaneDrains() {
        // An answer that is ready at once completes inside the drain that started it; the drain must still
        // leave a wake-up behind for the next paced call (a lost wake-up here once stalled the queue).
        AtomicInteger calls = new AtomicInteger();
        ModelClient instant = request -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(ModelResponse.of("now", Duration.ZERO));
        };
        try (Scheduler scheduler = scheduler(instant, ProviderLimits.ofConcurrency(4).withRequestsPerMinute(1200))) {
            CompletableFuture.allOf(submitAll(scheduler, 6).toArray(CompletableFuture[]::new))
                    .orTimeout(10, TimeUnit.SECONDS).join();

            assertThat(calls).hasValue(6);
        }
    }

    @Test
    void tokensPerMinuteBoundTheTokenRate() {
        // each request is charged ceil(6/4) + 100 = 102 tokens up front and corrected to 15 when it ends;
        // 6120 tokens/minute = 102 per second, so without the correction 6 calls would need ~5 s
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(1));
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(1).withTokensPerMinute(6120))) {
            long start = System.nanoTime();
            CompletableFuture.allOf(submitAll(scheduler, 6).toArray(CompletableFuture[]::new)).join();
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(seconds).as("refunds of unused estimates speed calls up").isLessThan(2.5);
            assertThat(seconds).as("but 6 × 15 tokens beyond the first bucket still wait").isGreaterThan(0.5);
        }
    }

    @Test
    void retriesRetryableFailuresAndReportsAttempts() {
        FakeProvider.Script failTwice = (request, attempt) -> attempt <= 2
                ? Optional.of(new ModelCallException(ErrorKind.SERVER_ERROR, "HTTP 500")) : Optional.empty();
        try (FakeProvider provider = new FakeProvider(Duration.ofMillis(5), failTwice);
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(4))) {
            ModelResponse response = scheduler.call(request(1)).join();

            assertThat(response.attempts()).isEqualTo(3);
            assertThat(provider.calls).hasValue(3);
        }
    }

    @Test
    void doesNotRetryClientErrors() {
        FakeProvider.Script badRequest = (request, attempt) ->
                Optional.of(new ModelCallException(ErrorKind.CLIENT_ERROR, "HTTP 400: unknown parameter"));
        try (FakeProvider provider = new FakeProvider(Duration.ofMillis(5), badRequest);
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(4))) {
            Throwable thrown = catchThrowable(() -> scheduler.call(request(1)).join());

            ModelCallException failure = (ModelCallException) thrown.getCause();
            assertThat(failure.kind()).isEqualTo(ErrorKind.CLIENT_ERROR);
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.getMessage()).contains("HTTP 400: unknown parameter", "after 1 attempt");
            assertThat(provider.calls).hasValue(1);
        }
    }

    @Test
    void retryAfterDelaysOnlyTheCallItAnswered() {
        FakeProvider.Script limitedOnce = (request, attempt) -> request.equals(request(0)) && attempt == 1
                ? Optional.of(new ModelCallException(ErrorKind.RATE_LIMITED, "HTTP 429", Duration.ofMillis(300), null))
                : Optional.empty();
        try (FakeProvider provider = new FakeProvider(Duration.ofMillis(5), limitedOnce);
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(1))) {
            List<CompletableFuture<ModelResponse>> calls = submitAll(scheduler, 4);
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

            assertThat(calls.get(0).join().attempts()).isEqualTo(2);
            List<Long> starts = provider.startNanos;
            assertThat(starts).hasSize(5);
            long retry = starts.get(4);
            assertThat((retry - starts.get(0)) / 1e6).as("ms before the retry").isGreaterThanOrEqualTo(295);
            assertThat(starts.subList(1, 4)).as("the other calls did not wait for it").allSatisfy(start ->
                    assertThat(start).isLessThan(retry));
        }
    }

    @Test
    void aTimedOutAttemptFreesItsSlotAtOnce() {
        CompletableFuture<ModelResponse> never = new CompletableFuture<>();
        // the attempt's future is a stage of the hung work, so cancelling it on timeout leaves the work running
        ModelClient firstHangs = request -> request.equals(request(0)) ? never.thenApply(Function.identity())
                : CompletableFuture.completedFuture(ModelResponse.of("answer", Duration.ZERO));
        try (Scheduler scheduler = scheduler(firstHangs, ProviderLimits.ofConcurrency(1)
                .withTimeout(Duration.ofMillis(100)).withMaxAttempts(1))) {
            List<CompletableFuture<ModelResponse>> calls = submitAll(scheduler, 3);

            assertThat(calls.get(2).orTimeout(10, TimeUnit.SECONDS).join().text()).isEqualTo("answer");
            assertThat(never).as("the hung attempt is still open, yet its slot went to the next call").isNotDone();
            ModelCallException failure = (ModelCallException) catchThrowable(calls.get(0)::join).getCause();
            assertThat(failure.kind()).isEqualTo(ErrorKind.TIMEOUT);
        }
    }

    @Test
    void rateLimitedRetriesEndWhenTheTimeBudgetIsSpent() {
        FakeProvider.Script alwaysLimited = (request, attempt) -> Optional.of(
                new ModelCallException(ErrorKind.RATE_LIMITED, "HTTP 429", Duration.ofMillis(20), null));
        try (FakeProvider provider = new FakeProvider(Duration.ofMillis(1), alwaysLimited);
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(1).withMaxAttempts(2)
                     .withRetryBudget(Duration.ofMillis(400)))) {
            ModelCallException failure = (ModelCallException) catchThrowable(scheduler.call(request(0))::join)
                    .getCause();

            assertThat(failure.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
            assertThat(failure.attempts()).as("rate limits do not spend max-attempts").isGreaterThan(2)
                    .isEqualTo(provider.calls.get());
            List<Long> starts = provider.startNanos;
            assertThat((starts.get(starts.size() - 1) - starts.get(0)) / 1e6).as("last retry within the budget")
                    .isLessThanOrEqualTo(400);
        }
    }

    @Test
    void twoSchedulersSharingACacheDirectoryShareTheRateLimit() {
        // 1200 requests/minute each, shared: 20 calls through two schedulers take 19 gaps of 50 ms, not 9
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(1));
             Scheduler one = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(4).withRequestsPerMinute(1200),
                     FAST_RETRY, new ResponseCache(cacheDir, CacheMode.OFF));
             Scheduler other = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(4)
                     .withRequestsPerMinute(1200), FAST_RETRY, new ResponseCache(cacheDir, CacheMode.OFF))) {
            List<CompletableFuture<ModelResponse>> calls = IntStream.range(0, 20)
                    .mapToObj(i -> (i % 2 == 0 ? one : other).call(request(i))).toList();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

            List<Long> starts = provider.startNanos.stream().sorted().toList();
            assertThat((starts.get(19) - starts.get(0)) / 1e6).as("ms from first to last of 20 shared-paced starts")
                    .isGreaterThan(19 * 50 * 0.95);
        }
    }

    @Test
    void timesOutAnAttemptThatNeverAnswersAndEndsOnce() {
        AtomicInteger calls = new AtomicInteger();
        ModelClient silent = request -> {
            calls.incrementAndGet();
            return new CompletableFuture<>();
        };
        try (Scheduler scheduler = scheduler(silent, ProviderLimits.ofConcurrency(2)
                .withTimeout(Duration.ofMillis(100)).withMaxAttempts(2))) {
            Throwable thrown = catchThrowable(() -> scheduler.call(request(1)).join());

            ModelCallException failure = (ModelCallException) thrown.getCause();
            assertThat(failure.kind()).isEqualTo(ErrorKind.TIMEOUT);
            assertThat(failure.attempts()).isEqualTo(2);
            assertThat(calls).hasValue(2);
        }
    }

    @Test
    void everySubmittedCallEndsExactlyOnceUnderMixedFaults() {
        // request i fails its first (i % 4) attempts with a retryable kind; max 3 attempts
        Function<Integer, ErrorKind> kinds = i -> List.of(ErrorKind.SERVER_ERROR, ErrorKind.TIMEOUT, ErrorKind.CONNECTION,
                ErrorKind.BAD_RESPONSE).get(i % 4);
        FakeProvider.Script script = (request, attempt) -> {
            int i = Integer.parseInt(request.messages().get(0).text().substring("case-".length()));
            return attempt <= i % 4 ? Optional.of(new ModelCallException(kinds.apply(i), "fault")) : Optional.empty();
        };
        try (FakeProvider provider = new FakeProvider(Duration.ofMillis(2), script);
             Scheduler scheduler = scheduler(provider, ProviderLimits.ofConcurrency(16).withMaxAttempts(3))) {
            List<CompletableFuture<ModelResponse>> futures = submitAll(scheduler, 200);
            CompletableFuture.allOf(futures.stream().map(f -> f.handle((r, e) -> null))
                    .toArray(CompletableFuture[]::new)).join();

            int reportedAttempts = 0;
            int successes = 0;
            int errors = 0;
            for (int i = 0; i < futures.size(); i++) {
                CompletableFuture<ModelResponse> future = futures.get(i);
                if (future.isCompletedExceptionally()) {
                    errors++;
                    ModelCallException failure = (ModelCallException) catchThrowable(future::join).getCause();
                    assertThat(i % 4).as("only requests failing 3 times end in error").isEqualTo(3);
                    reportedAttempts += failure.attempts();
                } else {
                    successes++;
                    assertThat(future.join().attempts()).isEqualTo(i % 4 + 1);
                    reportedAttempts += future.join().attempts();
                }
            }
            assertThat(successes + errors).isEqualTo(200);
            assertThat(errors).isEqualTo(50);
            assertThat(reportedAttempts).as("attempts reported = calls the provider saw").isEqualTo(provider.calls.get());
        }
    }

    @Test
    void closingFailsWaitingCallsOnce() {
        ModelClient silent = request -> new CompletableFuture<>();
        Scheduler scheduler = scheduler(silent, ProviderLimits.ofConcurrency(1));
        List<CompletableFuture<ModelResponse>> futures = submitAll(scheduler, 5);

        scheduler.close();

        assertThat(futures).allSatisfy(future -> {
            Throwable thrown = catchThrowable(future::join);
            Throwable cause = thrown instanceof CompletionException ? thrown.getCause() : thrown;
            assertThat(cause).isInstanceOf(CancellationException.class).hasMessageContaining("scheduler closed");
        });
    }

    @Test
    void malformedProviderLimitFailsTheCallsWithTheKey() {
        ModelClient unused = request -> CompletableFuture.failedFuture(new AssertionError("must not be called"));
        Map<String, String> config = Map.of("evalunit.provider.fake.max-concurrency", "many");
        try (Scheduler scheduler = Scheduler.fromConfiguration(unused, key -> Optional.ofNullable(config.get(key)))) {
            Throwable thrown = catchThrowable(() -> scheduler.call(request(1)).join());

            assertThat(thrown.getCause()).isInstanceOf(ModelCallException.class)
                    .hasMessageContaining("evalunit.provider.fake.max-concurrency must be a whole number >= 1");
        }
    }

    @Test
    void aProviderOutsideTheCacheIsAlwaysCalledAndNeverStored() {
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(1));
             Scheduler scheduler = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(2).withCache(false),
                     FAST_RETRY, new ResponseCache(cacheDir, CacheMode.READ_WRITE))) {
            assertThat(scheduler.call(request(1)).join().cacheHit()).isFalse();
            assertThat(scheduler.call(request(1)).join().cacheHit()).isFalse();

            assertThat(provider.calls).hasValue(2);
            assertThat(cacheDir).isEmptyDirectory();
        }
    }

    @Test
    void aCachedProviderIsCalledOncePerRequest() {
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(1));
             Scheduler scheduler = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(2),
                     FAST_RETRY, new ResponseCache(cacheDir, CacheMode.READ_WRITE))) {
            ModelResponse first = scheduler.call(request(1)).join();
            ModelResponse second = scheduler.call(request(1)).join();

            assertThat(first.cacheHit()).isFalse();
            assertThat(second.cacheHit()).isTrue();
            assertThat(second.text()).isEqualTo(first.text());
            assertThat(provider.calls).hasValue(1);
        }
    }

    @Test
    void aCachedProviderHoldsTwoClaimsPerConcurrentCallAndFetchesTheRestInOrderAsClaimsEnd() {
        List<CompletableFuture<ModelResponse>> answers = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        ModelClient provider = request -> {
            synchronized (answers) {
                asked.add(request.messages().get(0).text());
                CompletableFuture<ModelResponse> answer = new CompletableFuture<>();
                answers.add(answer);
                return answer;
            }
        };
        ResponseCache probe = new ResponseCache(cacheDir, CacheMode.READ_WRITE);
        try (Scheduler scheduler = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(1), FAST_RETRY,
                new ResponseCache(cacheDir, CacheMode.READ_WRITE))) {
            List<CompletableFuture<ModelResponse>> futures = submitAll(scheduler, 5);
            assertThat(claimed(probe, 5)).containsExactly(true, true, false, false, false);

            for (int answered = 0; answered < 5; answered++) {
                synchronized (answers) {
                    answers.get(answered).complete(ModelResponse.of("answer " + answered, Duration.ofMillis(1)));
                }
                int last = answered;
                assertThat(claimed(probe, 5)).as("claimed after answer %d", answered).containsExactlyElementsOf(
                        IntStream.range(0, 5).mapToObj(i -> i > last && i <= last + 2).toList());
            }

            assertThat(futures).extracting(CompletableFuture::join).extracting(ModelResponse::text)
                    .containsExactly("answer 0", "answer 1", "answer 2", "answer 3", "answer 4");
            assertThat(asked).containsExactly("case-0", "case-1", "case-2", "case-3", "case-4");
            assertThat(claimed(probe, 5)).containsOnly(false);
        }
    }

    /** Whether another cache sharing the directory finds each of the first {@code n} requests claimed. */
    private static List<Boolean> claimed(ResponseCache probe, int n) {
        List<Boolean> claimed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<CacheClaim> claim = probe.claim(probe.key(request(i), Map.of()));
            claim.ifPresent(CacheClaim::close);
            claimed.add(claim.isEmpty());
        }
        return claimed;
    }

    @Test
    void aScopedProviderNeverReadsTheUnscopedProvidersAnswers() {
        ResponseCache cache = new ResponseCache(cacheDir, CacheMode.READ_WRITE);
        try (FakeProvider provider = FakeProvider.answering(Duration.ofMillis(1));
             Scheduler real = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(2), FAST_RETRY, cache);
             Scheduler simulated = new Scheduler(provider, id -> ProviderLimits.ofConcurrency(2), FAST_RETRY, cache,
                     id -> Optional.of("simulated"))) {
            assertThat(real.call(request(1)).join().cacheHit()).isFalse();

            assertThat(simulated.call(request(1)).join().cacheHit()).as("the real answer is not served").isFalse();
            assertThat(simulated.call(request(1)).join().cacheHit()).as("its own answer is").isTrue();
            assertThat(provider.calls).hasValue(2);
        }
    }

    @Test
    void unknownExceptionsAreNotRetried() {
        List<Integer> calls = new ArrayList<>();
        ModelClient buggy = request -> {
            calls.add(1);
            throw new IllegalStateException("bug in application code");
        };
        try (Scheduler scheduler = scheduler(buggy, ProviderLimits.ofConcurrency(1))) {
            Throwable thrown = catchThrowable(() -> scheduler.call(request(1)).join());

            assertThat(thrown).isInstanceOf(CompletionException.class);
            assertThat(((ModelCallException) thrown.getCause()).kind()).isEqualTo(ErrorKind.APPLICATION);
            assertThat(calls).hasSize(1);
        }
    }
}
