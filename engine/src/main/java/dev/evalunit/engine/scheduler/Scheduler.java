package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.engine.cache.ResponseCache;
import org.apiguardian.api.API;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The run's {@link ModelClient}: a decorator over the provider router that answers from the
 * {@link ResponseCache} when it can and otherwise queues the call on its provider's lane, which enforces
 * max concurrency (adaptive: halved on 429, grown back by one slot per limit's worth of successes), requests
 * and tokens per minute (token buckets), a per-attempt timeout, and bounded retries with exponential
 * back-off, jitter and {@code Retry-After}.
 *
 * <p>Submit every call at once: waiting calls cost a queue entry, not a thread. Each returned future
 * completes exactly once - with the response (its {@code attempts} says how many were made), or with a
 * {@link ModelCallException} carrying the last failure's kind and the attempt count. Only successes are
 * cached.
 *
 * <pre>{@code
 * try (Scheduler scheduler = Scheduler.fromConfiguration(router, configurationParameters::get)) {
 *     CompletableFuture<ModelResponse> answer = scheduler.call(request);
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class Scheduler implements ModelClient, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Scheduler.class.getName());
    /** Claims a cached provider holds at once per call it may have in flight: one in flight, one queued. */
    private static final int CLAIMS_PER_CONCURRENT_CALL = 2;

    private final ModelClient delegate;
    private final Function<String, ProviderLimits> limits;
    private final RetryPolicy retry;
    private final ResponseCache cache;
    private final Function<String, Optional<String>> cacheScope;
    private final Function<String, Map<String, String>> identity;
    private final ConcurrentHashMap<String, CachedProvider> caches = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer;
    private final ConcurrentHashMap<String, ProviderLane> lanes = new ConcurrentHashMap<>();
    private final CallObservers observers = new CallObservers();

    /**
     * @param delegate makes one attempt per call (the provider router)
     * @param limits   each provider's limits by provider id
     * @param retry    back-off between attempts
     * @param cache    the response cache and its mode
     */
    public Scheduler(ModelClient delegate, Function<String, ProviderLimits> limits, RetryPolicy retry,
                     ResponseCache cache) {
        this(delegate, limits, retry, cache, providerId -> Optional.empty());
    }

    /**
     * @param delegate   makes one attempt per call (the provider router)
     * @param limits     each provider's limits by provider id
     * @param retry      back-off between attempts
     * @param cache      the response cache and its mode
     * @param cacheScope by provider id, a scope that keeps the provider's cache entries apart (see
     *                   {@link ResponseCache#scoped}); empty for the provider's own answers
     */
    public Scheduler(ModelClient delegate, Function<String, ProviderLimits> limits, RetryPolicy retry,
                     ResponseCache cache, Function<String, Optional<String>> cacheScope) {
        this(delegate, limits, retry, cache, cacheScope, providerId -> Map.of());
    }

    /**
     * @param delegate   makes one attempt per call (the provider router)
     * @param limits     each provider's limits by provider id
     * @param retry      back-off between attempts
     * @param cache      the response cache and its mode
     * @param cacheScope by provider id, a scope that keeps the provider's cache entries apart (see
     *                   {@link ResponseCache#scoped}); empty for the provider's own answers
     * @param identity   by provider id, what besides the request decides its answers (endpoint, account; see
     *                   {@link dev.evalunit.api.spi.ModelProvider#identity}): part of every cache key
     */
    public Scheduler(ModelClient delegate, Function<String, ProviderLimits> limits, RetryPolicy retry,
                     ResponseCache cache, Function<String, Optional<String>> cacheScope,
                     Function<String, Map<String, String>> identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.cacheScope = Objects.requireNonNull(cacheScope, "cacheScope");
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "evalunit-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * A scheduler configured from {@code evalunit.provider.<id>.*}, {@code evalunit.retry.*} and
     * {@code evalunit.cache.*} (see {@code dev.evalunit.engine.Constants}).
     *
     * @param configuration full key to value, e.g. JUnit's {@code ConfigurationParameters::get}
     * @throws IllegalArgumentException naming the key when a global value is malformed (per-provider values
     *                                  are read when a provider is first called; a malformed one fails its calls)
     */
    public static Scheduler fromConfiguration(ModelClient delegate, Function<String, Optional<String>> configuration) {
        return fromConfiguration(delegate, configuration, providerId -> Optional.empty(), providerId -> Map.of());
    }

    /** As {@link #fromConfiguration(ModelClient, Function)}, with each provider's cache scope and identity. */
    public static Scheduler fromConfiguration(ModelClient delegate, Function<String, Optional<String>> configuration,
                                              Function<String, Optional<String>> cacheScope,
                                              Function<String, Map<String, String>> identity) {
        return new Scheduler(delegate, id -> ProviderLimits.read(id, configuration), RetryPolicy.read(configuration),
                ResponseCache.read(configuration), cacheScope, identity);
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        ProviderLane lane;
        try {
            lane = lanes.computeIfAbsent(request.model().provider(), id -> new ProviderLane(id, limits.apply(id),
                    retry, delegate, timer, System::nanoTime, observers, sharedBuckets(id)));
        } catch (IllegalArgumentException badConfiguration) {
            return CompletableFuture.failedFuture(
                    new ModelCallException(ErrorKind.CLIENT_ERROR, badConfiguration.getMessage()));
        }
        if (!lane.cached()) {
            return lane.submit(new PendingCall(request));
        }
        try {
            return caches.computeIfAbsent(request.model().provider(), id -> new CachedProvider(
                            cacheScope.apply(id).map(this.cache::scoped).orElse(this.cache), identity.apply(id), timer,
                            CLAIMS_PER_CONCURRENT_CALL * lane.maxConcurrency()))
                    .call(request, wanted -> lane.submit(new PendingCall(wanted)));
        } catch (UncheckedIOException unusableCache) {
            return CompletableFuture.failedFuture(new ModelCallException(ErrorKind.CLIENT_ERROR,
                    unusableCache.getMessage()));
        }
    }

    /** Tells {@code observer} about every attempt from now on (progress reporting). */
    public void observe(CallObserver observer) {
        observers.add(observer);
    }

    /** Rate buckets every run on the machine that shares the cache directory and the provider's identity shares. */
    private ProviderLane.Buckets sharedBuckets(String providerId) {
        return (name, perMinute, capacity, now) -> {
            try {
                return new SharedTokenBucket(cache.rateLimitFile(providerId, identity.apply(providerId), name),
                        perMinute, capacity);
            } catch (UncheckedIOException unusableDirectory) {
                LOG.log(System.Logger.Level.WARNING, unusableDirectory.getMessage()
                        + "; the rate limit of provider '" + providerId + "' applies to this run alone");
                return ProviderLane.Buckets.LOCAL.bucket(name, perMinute, capacity, now);
            }
        };
    }

    /** Fails calls still waiting (with a {@link java.util.concurrent.CancellationException}) and stops the timers. */
    @Override
    public void close() {
        // fetches waiting for a claim first, so that none of them is handed to a closed lane as an earlier one ends
        caches.values().forEach(CachedProvider::close);
        lanes.values().forEach(ProviderLane::close);
        timer.shutdownNow();
    }
}
