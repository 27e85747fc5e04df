package dev.evalunit.engine;

import dev.evalunit.engine.cache.CacheMode;
import dev.evalunit.engine.provider.ModelRouter;
import dev.evalunit.engine.provider.InProcessProvider;
import dev.evalunit.api.ModelRef;
import dev.evalunit.engine.provider.ModelCatalogue;
import dev.evalunit.engine.provider.ProviderKeys;
import dev.evalunit.engine.provider.Settings;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.suite.PromptGenerator;
import dev.evalunit.engine.suite.Suite;
import dev.evalunit.engine.suite.SuiteVariant;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Checks, before a suite's first case, that every provider its variants and judges call can be called: its
 * client starts (an API key, a base URL), its endpoint accepts connections, and each model is one the provider
 * is known to have (for providers with a catalogue). Each provider is checked once per run; a suite with a
 * problem fails with one message naming each setting to fix, and makes no call.
 *
 * <p>Once a suite's providers are ready, each one's connections are opened in the background, up to its
 * {@code max-concurrency} (setting {@code warm-up}, on by default): the suite's first calls then find them open, and
 * the HTTP client's first-use work is done while the run is still being set up.
 */
final class Preflight {

    /** How long connecting to a provider's endpoint may take before it counts as unreachable. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final ModelRouter router;
    private final ModelCatalogue catalogue;
    private final boolean callsNoProvider;
    private final Function<String, Optional<String>> configuration;
    private final Map<String, Optional<String>> providers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Integer>> warmUps = new ConcurrentHashMap<>();

    /**
     * @param callsNoProvider whether the run calls no provider (a replay from the cache, or a merge of shard
     *                        runs), so none needs checking or warming up
     * @param configuration   full configuration key to value (each provider's {@code max-concurrency} and
     *                        {@code warm-up})
     */
    Preflight(ModelRouter router, ModelCatalogue catalogue, boolean callsNoProvider,
              Function<String, Optional<String>> configuration) {
        this.router = router;
        this.catalogue = catalogue;
        this.callsNoProvider = callsNoProvider;
        this.configuration = configuration;
    }

    /**
     * Whether the run calls no provider: a replay from the cache or a merge of shard runs.
     *
     * @throws IllegalArgumentException naming the key when the cache mode is malformed
     */
    static boolean callsNoProvider(Function<String, Optional<String>> configuration) {
        return configuration.apply(Constants.CACHE_MODE).map(CacheMode::parse).filter(CacheMode.REPLAY::equals)
                .isPresent() || configuration.apply(Constants.MERGE_SHARDS).isPresent();
    }

    /**
     * Fails, with one message listing each problem and the setting that fixes it, when a provider the suite's
     * selected variants or judges call cannot be called.
     */
    void require(Suite suite, Collection<SuiteVariant> variants) {
        if (callsNoProvider) {
            return;
        }
        Set<ModelRef> models = models(suite, variants);
        List<String> problems = problems(models);
        if (!problems.isEmpty()) {
            throw new ProviderProblemException("suite " + suite.id() + " did not start, so no case ran: "
                    + String.join("; ", problems));
        }
        models.stream().map(ModelRef::provider).filter(id -> !id.equals(InProcessProvider.ID))
                .forEach(id -> warmUps.computeIfAbsent(id, this::warmUp));
    }

    /**
     * Waits, at most {@link #CONNECT_TIMEOUT}, for the connections {@link #require} began to open, so the first
     * calls find them open instead of opening more.
     */
    void awaitWarmUp() {
        CompletableFuture.allOf(warmUps.values().toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** Opens up to the provider's {@code max-concurrency} connections, unless its {@code warm-up} is off. */
    private CompletableFuture<Integer> warmUp(String providerId) {
        String key = ProviderKeys.PREFIX + providerId + "." + ProviderKeys.WARM_UP;
        if (!Settings.get(key, configuration.apply(key), Settings::bool).orElse(true)) {
            return CompletableFuture.completedFuture(0);
        }
        return router.warmUp(providerId, ProviderLimits.read(providerId, configuration).maxConcurrency(),
                CONNECT_TIMEOUT);
    }

    /**
     * The models a suite's selected prompt variants and its per-sample judges call; an application variant's
     * model only labels its results (the team's code decides what it calls).
     */
    static Set<ModelRef> models(Suite suite, Collection<SuiteVariant> variants) {
        Set<ModelRef> models = new LinkedHashSet<>();
        variants.stream().filter(v -> v.generator() instanceof PromptGenerator)
                .forEach(v -> models.add(v.variant().model()));
        suite.scorers().forEach(scorer -> RunPlanner.judgeModel(scorer).ifPresent(models::add));
        return models;
    }

    /** One line per provider or model that cannot be called; empty when every one is ready. */
    List<String> problems(Set<ModelRef> models) {
        List<String> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ModelRef model : models) {
            if (model.provider().equals(InProcessProvider.ID)) {
                continue;
            }
            Optional<String> provider = providers.computeIfAbsent(model.provider(), this::check);
            if (provider.isPresent()) {
                if (reported.add(model.provider())) {
                    problems.add(provider.get());
                }
                continue;
            }
            catalogue.unknown(router.context(model.provider()), model.model()).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<String> check(String providerId) {
        Optional<String> start = router.start(providerId);
        return start.isPresent() ? start : reachable(providerId);
    }

    /** Whether the provider's endpoint (its {@code base-url}, or its default) accepts a connection. */
    private Optional<String> reachable(String providerId) {
        String baseUrl = router.identity(providerId).get("base-url");
        URI uri;
        try {
            uri = baseUrl == null ? null : new URI(baseUrl);
        } catch (URISyntaxException e) {
            return Optional.of("provider '" + providerId + "' has a base URL that is not a URL: '" + baseUrl
                    + "': set " + setting(providerId));
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), (int) CONNECT_TIMEOUT.toMillis());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("provider '" + providerId + "' cannot be reached at " + baseUrl + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "): start the server or set " + setting(providerId));
        }
    }

    /** A provider of the suite cannot be called; a message for people, so no stack trace. */
    static final class ProviderProblemException extends RuntimeException {
        ProviderProblemException(String message) {
            super(message, null, false, false);
        }
    }

    private static String setting(String providerId) {
        return Constants.PROVIDER_PREFIX + providerId + "." + Constants.PROVIDER_BASE_URL;
    }
}
