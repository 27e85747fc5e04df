package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.engine.cache.CacheClaim;
import dev.evalunit.engine.cache.CacheKey;
import dev.evalunit.engine.cache.CacheMode;
import dev.evalunit.engine.cache.ResponseCache;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One provider's calls through the response cache: a hit is answered at once; a miss is fetched once however
 * many callers ask for it - callers in this scheduler share one fetch, and other runs on the machine that
 * share the cache directory wait for this run's entry (or this run for theirs) through the cache's claims.
 */
final class CachedProvider {

    private static final System.Logger LOG = System.getLogger(CachedProvider.class.getName());
    /** How often a run waiting for another run's fetch looks for the entry. */
    static final long POLL_MILLIS = 50;

    private final ResponseCache cache;
    private final Map<String, String> identity;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<CacheKey, CompletableFuture<ModelResponse>> fetching = new ConcurrentHashMap<>();
    private final ClaimSlots slots;

    /**
     * @param maxClaims how many claims this provider holds at once (fetches beyond it wait for one to end): above
     *                  the provider's concurrency, so that its queue does not run dry
     */
    CachedProvider(ResponseCache cache, Map<String, String> identity, ScheduledExecutorService timer, int maxClaims) {
        this.cache = cache;
        this.identity = Map.copyOf(identity);
        this.timer = timer;
        this.slots = new ClaimSlots(maxClaims);
        cache.sweep();
    }

    CompletableFuture<ModelResponse> call(ModelRequest request,
                                          Function<ModelRequest, CompletableFuture<ModelResponse>> provider) {
        CacheKey key = cache.key(request, identity);
        // what other runs stored since this cache last looked is found by the lookup after the claim
        Optional<ModelResponse> hit = cache.mode() == CacheMode.REPLAY ? cache.lookup(key) : cache.lookupKnown(key);
        if (hit.isPresent()) {
            return CompletableFuture.completedFuture(hit.get());
        }
        if (cache.mode() == CacheMode.REPLAY) {
            return CompletableFuture.failedFuture(new ModelCallException(ErrorKind.CACHE_MISS, "cache mode replay: no "
                    + "cached response for " + request.model() + " (key " + key + ") in " + cache.directory()
                    + "; run once with evalunit.cache.mode=read-write to record it"));
        }
        CompletableFuture<ModelResponse> mine = new CompletableFuture<>();
        CompletableFuture<ModelResponse> shared = fetching.putIfAbsent(key, mine);
        if (shared != null) {
            return shared;
        }
        mine.whenComplete((response, error) -> fetching.remove(key, mine));
        fetch(key, request, provider, mine);
        return mine;
    }

    /** Fetches under a claim on the key once a claim slot is free, or waits for the run that holds the claim. */
    private void fetch(CacheKey key, ModelRequest request,
                       Function<ModelRequest, CompletableFuture<ModelResponse>> provider,
                       CompletableFuture<ModelResponse> result) {
        if (!result.isDone()) {
            slots.acquire(() -> claimAndFetch(key, request, provider, result));
        }
    }

    /** Holds a claim slot, released once the claim ends (or was not had). */
    private void claimAndFetch(CacheKey key, ModelRequest request,
                               Function<ModelRequest, CompletableFuture<ModelResponse>> provider,
                               CompletableFuture<ModelResponse> result) {
        Optional<CacheClaim> claim = result.isDone() ? Optional.empty()
                : cache.mode() == CacheMode.READ_WRITE ? claim(key) : Optional.of(CacheClaim.NONE);
        if (claim.isEmpty()) {
            slots.release();
            if (!result.isDone()) {
                later(() -> cache.lookup(key).ifPresentOrElse(result::complete,
                        () -> fetch(key, request, provider, result)), result);
            }
            return;
        }
        Optional<ModelResponse> storedMeanwhile = cache.lookup(key);
        if (storedMeanwhile.isPresent()) {
            claim.get().close();
            slots.release();
            result.complete(storedMeanwhile.get());
            return;
        }
        CompletableFuture<ModelResponse> answer;
        try {
            answer = provider.apply(request);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((response, error) -> {
            try {
                if (error == null) {
                    store(key, request, response);
                }
            } finally {
                claim.get().close();
                slots.release();
            }
            if (error == null) {
                result.complete(response);
            } else {
                result.completeExceptionally(error);
            }
        });
    }

    private Optional<CacheClaim> claim(CacheKey key) {
        try {
            return cache.claim(key);
        } catch (UncheckedIOException e) {
            // Without a claim the worst case is a second fetch by another run: better than no answer.
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            return Optional.of(CacheClaim.NONE);
        }
    }

    private void later(Runnable poll, CompletableFuture<ModelResponse> result) {
        try {
            timer.schedule(poll, POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(new CancellationException("the scheduler is closed"));
        }
    }

    private void store(CacheKey key, ModelRequest request, ModelResponse response) {
        try {
            cache.store(key, request, response);
        } catch (UncheckedIOException e) {
            // The answer was paid for: keep it for this run even when it cannot be kept for the next.
            LOG.log(System.Logger.Level.WARNING, e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    /** Fails the fetches still waiting for another run's entry, so each call still ends exactly once. */
    void close() {
        List<CompletableFuture<ModelResponse>> open = new ArrayList<>(fetching.values());
        open.forEach(waiting -> waiting.completeExceptionally(
                new CancellationException("the scheduler closed before this call ended")));
    }
}
