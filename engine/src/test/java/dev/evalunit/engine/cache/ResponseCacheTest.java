package dev.evalunit.engine.cache;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.TokenLogprob;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.scheduler.RetryPolicy;
import dev.evalunit.engine.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class ResponseCacheTest {

    @TempDir
    Path dir;

    private static ModelRequest request(String text, int repeat) {
        return new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user(text)),
                SamplingParams.DEFAULTS.withTemperature(0.7), repeat);
    }

    private static ModelResponse response(String text) {
        return ModelResponse.builder(text, Duration.ofMillis(321)).usage(new TokenUsage(12, 5))
                .timeToFirstToken(Duration.ofMillis(45)).finishReason("STOP").costUsd(0.0000048).attempts(2).build();
    }

    @Test
    void storesAndReplaysEveryRecordedField() {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        cache.store(request("hi", 0), response("hello"));

        ModelResponse hit = cache.lookup(request("hi", 0)).orElseThrow();

        assertThat(hit).isEqualTo(ModelResponse.builder("hello", Duration.ofMillis(321))
                .usage(new TokenUsage(12, 5)).timeToFirstToken(Duration.ofMillis(45)).finishReason("STOP")
                .costUsd(0.0000048).cacheHit(true).build());
    }

    @Test
    void tokenLogprobsAreReplayedSoAWeightedJudgeScoreIsReproduced() {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        List<TokenLogprob> tokens = List.of(new TokenLogprob("4", -0.51, List.of(
                new TokenLogprob.Candidate("4", -0.51), new TokenLogprob.Candidate("5", -1.2))),
                new TokenLogprob("}", -0.001, List.of()));
        ModelResponse plain = response("4}");
        cache.store(request("hi", 0), plain.toBuilder().attempts(1).logprobs(tokens).build());

        assertThat(cache.lookup(request("hi", 0)).orElseThrow().logprobs()).isEqualTo(tokens);
    }

    @Test
    void aDirectoryRemovedDuringTheRunIsCreatedAgain() throws IOException {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        cache.store(request("first", 0), response("one"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        cache.store(request("second", 0), response("two"));

        assertThat(cache.lookup(request("second", 0))).map(ModelResponse::text).contains("two");
        assertThat(cache.lookup(request("first", 0))).isEmpty();
    }

    @Test
    void unknownCostStaysUnknown() {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        cache.store(request("hi", 0), ModelResponse.of("hello", Duration.ofMillis(5)));

        ModelResponse hit = cache.lookup(request("hi", 0)).orElseThrow();

        assertThat(hit.costUsd()).isEmpty();
        assertThat(hit.usage()).isEmpty();
    }

    @Test
    void aScopedCacheKeepsItsEntriesApartAndFindsThemAgain() {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        cache.store(request("hi", 0), response("real"));

        assertThat(cache.scoped("simulated, seed 42").lookup(request("hi", 0))).isEmpty();
        cache.scoped("simulated, seed 42").store(request("hi", 0), response("simulated"));

        assertThat(cache.lookup(request("hi", 0)).orElseThrow().text()).isEqualTo("real");
        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).scoped("simulated, seed 42")
                .lookup(request("hi", 0)).orElseThrow().text()).isEqualTo("simulated");
        assertThat(cache.scoped("simulated, seed 7").lookup(request("hi", 0))).isEmpty();
    }

    @Test
    void repeatsAndParametersAreDistinctEntries() {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        cache.store(request("hi", 0), response("first"));

        assertThat(cache.lookup(request("hi", 1))).isEmpty();
        assertThat(cache.lookup(new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("hi")),
                SamplingParams.DEFAULTS.withTemperature(0.8), 0))).isEmpty();
        assertThat(cache.lookup(request("hi", 0))).isPresent();
    }

    @Test
    void modesDecideReadingAndWriting() {
        new ResponseCache(dir, CacheMode.READ_WRITE).store(request("a", 0), response("old"));

        ResponseCache refresh = new ResponseCache(dir, CacheMode.REFRESH);
        assertThat(refresh.lookup(request("a", 0))).isEmpty();
        refresh.store(request("a", 0), response("new"));

        ResponseCache replay = new ResponseCache(dir, CacheMode.REPLAY);
        assertThat(replay.lookup(request("a", 0)).orElseThrow().text()).isEqualTo("new");
        replay.store(request("b", 0), response("not written"));

        ResponseCache off = new ResponseCache(dir, CacheMode.OFF);
        assertThat(off.lookup(request("a", 0))).isEmpty();
        off.store(request("c", 0), response("not written"));

        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).lookup(request("b", 0))).isEmpty();
        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).lookup(request("c", 0))).isEmpty();
    }

    @Test
    void anUnreadableEntryIsAMissAndIsReplacedOnTheNextStore() throws IOException {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        String key = cache.key(request("a", 0), Map.of()).value();
        Path segments = Files.createDirectories(dir.resolve("segments"));
        Files.writeString(segments.resolve("0000000000000-1-00000000.log"),
                key + " " + "0".repeat(64) + " {\"version\":3,\"key\":\"" + key + "\",\"text\":\"forged\"}\n"
                        + key + " " + "0".repeat(64) + " {\"version\":3,\"fingerp");

        assertThat(cache.lookup(request("a", 0))).isEmpty();
        cache.store(request("a", 0), response("fresh"));
        assertThat(cache.lookup(request("a", 0)).orElseThrow().text()).isEqualTo("fresh");
        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).lookup(request("a", 0)).orElseThrow().text())
                .as("the later record wins at the next start").isEqualTo("fresh");
    }

    @Test
    void aRecordCutOffByAKillIsNotReadAndTheNextRunStoresItAgain() throws IOException {
        ResponseCache killed = new ResponseCache(dir, CacheMode.READ_WRITE);
        killed.store(request("kept", 0), response("whole"));
        killed.store(request("torn", 0), response("cut off"));
        Path segment;
        try (Stream<Path> files = Files.list(dir.resolve("segments"))) {
            segment = files.findFirst().orElseThrow();
        }
        byte[] written = Files.readAllBytes(segment);
        Files.write(segment, java.util.Arrays.copyOf(written, written.length - 12));

        ResponseCache next = new ResponseCache(dir, CacheMode.READ_WRITE);
        assertThat(next.lookup(request("kept", 0))).map(ModelResponse::text).contains("whole");
        assertThat(next.lookup(request("torn", 0))).isEmpty();
        next.store(request("torn", 0), response("fetched again"));
        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).lookup(request("torn", 0)))
                .map(ModelResponse::text).contains("fetched again");
    }

    @Test
    void twoRunsSharingTheDirectoryNeverSeeAPartialEntry() throws Exception {
        ResponseCache runA = new ResponseCache(dir, CacheMode.READ_WRITE);
        ResponseCache runB = new ResponseCache(dir, CacheMode.READ_WRITE);
        List<ModelRequest> requests = IntStream.range(0, 40).mapToObj(i -> request("case-" + i, 0)).toList();
        String longText = "x".repeat(20_000);
        AtomicInteger hits = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (ResponseCache run : List.of(runA, runB)) {
                work.add(pool.submit(() -> requests.forEach(r -> run.store(r, response(longText)))));
                work.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (ModelRequest r : requests) {
                            run.lookup(r).ifPresent(hit -> {
                                assertThat(hit.text()).isEqualTo(longText);
                                hits.incrementAndGet();
                            });
                        }
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests).allSatisfy(r -> assertThat(runA.lookup(r)).isPresent());
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).filter(file -> !file.endsWith(CacheSalt.FILE))
                    .map(Path::toString)).as("one segment per run, no temporary files")
                    .allMatch(name -> name.endsWith(".log")).hasSize(2);
        }
        ResponseCache next = new ResponseCache(dir, CacheMode.READ_WRITE);
        assertThat(requests).allSatisfy(r -> assertThat(next.lookup(r)).map(ModelResponse::text).contains(longText));
    }

    @Test
    void theLookBeforeAClaimReadsOnlyWhatTheCacheKnowsAndALookupReadsWhatAnotherRunStoredSince() {
        ResponseCache mine = new ResponseCache(dir, CacheMode.READ_WRITE);
        mine.store(request("mine", 0), response("one"));
        ResponseCache other = new ResponseCache(dir, CacheMode.READ_WRITE);
        other.store(request("other's", 0), response("two"));
        CacheKey key = mine.key(request("other's", 0), Map.of());

        assertThat(mine.lookupKnown(key)).isEmpty();
        assertThat(mine.lookup(key)).map(ModelResponse::text).contains("two");
        assertThat(mine.lookupKnown(key)).map(ModelResponse::text).contains("two");
        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).lookupKnown(key))
                .as("a cache reads every segment at first use").map(ModelResponse::text).contains("two");
    }

    @Test
    void anEntryAnotherRunStoredAfterThisRunLastLookedIsFoundBeforeAFetch() {
        AtomicInteger calls = new AtomicInteger();
        ResponseCache other = new ResponseCache(dir, CacheMode.READ_WRITE);
        try (Scheduler scheduler = new Scheduler(request -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(response("fetched"));
        }, id -> ProviderLimits.ofConcurrency(1), RetryPolicy.DEFAULT, new ResponseCache(dir, CacheMode.READ_WRITE))) {
            assertThat(scheduler.call(request("first", 0)).join().text()).isEqualTo("fetched");
            other.store(request("second", 0), response("stored by the other run"));

            ModelResponse second = scheduler.call(request("second", 0)).join();

            assertThat(second.text()).isEqualTo("stored by the other run");
            assertThat(second.cacheHit()).isTrue();
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void replayMissIsAnErrorAndCallsNoProvider() {
        AtomicInteger calls = new AtomicInteger();
        try (Scheduler scheduler = new Scheduler(request -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(response("paid"));
        }, id -> ProviderLimits.ofConcurrency(1), RetryPolicy.DEFAULT, new ResponseCache(dir, CacheMode.REPLAY))) {
            Throwable thrown = catchThrowable(() -> scheduler.call(request("a", 0)).join());

            ModelCallException failure = (ModelCallException) thrown.getCause();
            assertThat(failure.kind()).isEqualTo(ErrorKind.CACHE_MISS);
            assertThat(failure.getMessage()).contains("evalunit.cache.mode=read-write", dir.toString());
            assertThat(calls).hasValue(0);
        }
    }

    @Test
    void readsModeAndDirectoryFromConfiguration() {
        ResponseCache cache = ResponseCache.read(key -> switch (key) {
            case "evalunit.cache.mode" -> Optional.of("Replay");
            case "evalunit.cache.dir" -> Optional.of(dir.toString());
            default -> Optional.empty();
        });
        assertThat(cache.mode()).isEqualTo(CacheMode.REPLAY);
        assertThat(cache.directory()).isEqualTo(dir);
        assertThat(ResponseCache.read(key -> Optional.empty()).mode()).isEqualTo(CacheMode.READ_WRITE);
        assertThatThrownBy(() -> CacheMode.parse("sometimes"))
                .hasMessage("evalunit.cache.mode must be one of read-write, replay, refresh, off, was 'sometimes'");
    }
}
