package dev.evalunit.engine.provider;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's client as one suite sees it, remembering which providers the suite called (generations and judges,
 * cached or not), so its summary carries the notes on exactly those providers.
 */
@API(status = INTERNAL, since = "0.1")
public final class UsedProviders implements ModelClient {

    private final ModelClient run;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    public UsedProviders(ModelClient run) {
        this.run = run;
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        ids.add(request.model().provider());
        return run.call(request);
    }

    /** The providers called so far. */
    public Set<String> ids() {
        return Set.copyOf(ids);
    }
}
