package dev.evalunit.engine.provider;

import dev.evalunit.api.run.ErrorKind;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The run's raw model client: dispatches each request by {@code ModelRef.provider()} to that provider's
 * client, created lazily (once per run) with a {@link ProviderContext}. It makes exactly one attempt per
 * call; the scheduler that adds limits, retries and the cache wraps this router where the execution
 * context builds it ({@code RunEnvironment}).
 */
@API(status = INTERNAL, since = "0.1")
public final class ModelRouter implements ModelClient {

    private final Map<String, ModelProvider> providers = new TreeMap<>();
    private final Function<String, ProviderContext> contexts;
    private final Map<String, ModelClient> clients = new ConcurrentHashMap<>();
    private final Map<String, String> startFailures = new ConcurrentHashMap<>();

    /**
     * @param providers the providers, by their ids (the first of two with one id wins)
     * @param contexts  the context each provider's client is created with, by provider id
     */
    public ModelRouter(Collection<ModelProvider> providers, Function<String, ProviderContext> contexts) {
        providers.forEach(p -> this.providers.putIfAbsent(p.id(), p));
        this.contexts = contexts;
    }

    /** The model providers found through {@link ServiceLoader} on the context class loader. */
    public static List<ModelProvider> discoverProviders() {
        return ServiceLoader.load(ModelProvider.class, Thread.currentThread().getContextClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    /** The provider ids this router can dispatch to. */
    public Set<String> providerIds() {
        return Set.copyOf(providers.keySet());
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        try {
            return clients.computeIfAbsent(request.model().provider(), this::create).call(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof ModelCallException ? e
                    : new ModelCallException(ErrorKind.CLIENT_ERROR,
                    "provider '" + request.model().provider() + "' failed: " + e, null, e));
        }
    }

    /**
     * Builds the provider's client now (once per run, as a first call would) and says why it cannot start, if
     * it cannot: the provider is not on the classpath, or its configuration is incomplete (e.g. no API key).
     */
    public Optional<String> start(String providerId) {
        clients.computeIfAbsent(providerId, this::create);
        return Optional.ofNullable(startFailures.get(providerId));
    }

    /**
     * Opens up to {@code connections} keep-alive connections to the started provider's endpoint (its
     * {@code base-url}) in the background, when its client keeps connections (the HTTP providers' do); calls no
     * model. Completes with the number of requests answered.
     */
    public CompletableFuture<Integer> warmUp(String providerId, int connections, Duration timeout) {
        String baseUrl = identity(providerId).get("base-url");
        return baseUrl != null && clients.get(providerId) instanceof LangChainModelClient client
                ? client.warmUp(URI.create(baseUrl), connections, timeout)
                : CompletableFuture.completedFuture(0);
    }

    /** The context a provider's client is built from. */
    public ProviderContext context(String providerId) {
        return contexts.apply(providerId);
    }

    /**
     * The provider's identity for the cache key and the shared rate limit ({@link ModelProvider#identity});
     * empty for a provider that is not on the classpath.
     */
    public Map<String, String> identity(String providerId) {
        ModelProvider provider = providers.get(providerId);
        return provider == null ? Map.of() : provider.identity(contexts.apply(providerId));
    }

    private ModelClient create(String providerId) {
        ModelProvider provider = providers.get(providerId);
        if (provider == null) {
            return failing(providerId, "no model provider '" + providerId + "' on the classpath; available: "
                    + String.join(", ", providers.keySet()));
        }
        try {
            return provider.create(contexts.apply(providerId));
        } catch (RuntimeException e) {
            // Remembered, so a missing API key is reported on every sample instead of retried per call.
            return failing(providerId, "model provider '" + providerId + "' could not start: " + e.getMessage());
        }
    }

    private ModelClient failing(String providerId, String message) {
        startFailures.put(providerId, message);
        return request -> CompletableFuture.failedFuture(
                new ModelCallException(ErrorKind.CLIENT_ERROR, message));
    }
}
