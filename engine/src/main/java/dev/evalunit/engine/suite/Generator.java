package dev.evalunit.engine.suite;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.Variant;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** How a variant produces one sample for a case. */
public sealed interface Generator permits PromptGenerator, ApplicationGenerator {

    /**
     * Starts one generation. Never throws: a failure completes the response exceptionally, preferably
     * with a {@link dev.evalunit.api.spi.ModelCallException}.
     *
     * @param client      the run's model client (scheduler, cache and providers behind it)
     * @param application where blocking application code runs
     */
    Generation start(Variant variant, Case testCase, int repeat, ModelClient client, Executor application);

    /**
     * A generation in flight.
     *
     * @param fingerprint the request fingerprint recorded with the sample
     * @param response    completes with the response or exceptionally
     */
    record Generation(String fingerprint, CompletableFuture<ModelResponse> response) {
    }
}
