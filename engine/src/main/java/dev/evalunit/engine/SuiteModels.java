package dev.evalunit.engine;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.engine.provider.InProcessProvider;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A Java suite's own {@code @InProcessModel} functions in front of the run's client: a request for
 * {@code inprocess:<name>} that the suite defines runs the function in place (no limits, retries or cache
 * are needed for a function in the JVM); every other request goes to the run's client. Scoped to one suite,
 * so two suites may use the same model name.
 */
final class SuiteModels implements ModelClient {

    private final Map<String, Function<ModelRequest, ModelResponse>> models;
    private final ModelClient run;

    SuiteModels(Map<String, Function<ModelRequest, ModelResponse>> models, ModelClient run) {
        this.models = Map.copyOf(models);
        this.run = run;
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        Function<ModelRequest, ModelResponse> model = request.model().provider().equals(InProcessProvider.ID)
                ? models.get(request.model().model()) : null;
        if (model == null) {
            return run.call(request);
        }
        try {
            return CompletableFuture.completedFuture(model.apply(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
