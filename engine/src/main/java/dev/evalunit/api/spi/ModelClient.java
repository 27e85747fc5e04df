package dev.evalunit.api.spi;

import dev.evalunit.api.run.ModelResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Makes model calls. A provider's client makes exactly one attempt per call; the engine's scheduler
 * wraps clients with concurrency and rate limits, retries, timeouts and the response cache, and hands
 * scorers a client of that wrapped kind for judge calls.
 *
 * <p>A failed call completes the future exceptionally, preferably with a {@link ModelCallException}.
 */
@FunctionalInterface
public interface ModelClient {

    CompletableFuture<ModelResponse> call(ModelRequest request);
}
