package dev.evalunit.engine.provider;

import dev.evalunit.api.run.ErrorKind;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Models that run in the JVM, so suites run with no network: {@code inprocess:<name>}. Built in are
 * {@code echo} (answers with the last user message) and {@code fail} (always fails with a server error).
 * A Java suite's own {@code @InProcessModel} methods are served by {@code SuiteModels} for that suite.
 */
@API(status = INTERNAL, since = "0.1")
public final class InProcessProvider implements ModelProvider {

    public static final String ID = "inprocess";
    public static final Set<String> BUILT_IN = Set.of("echo", "fail");

    private final Map<String, Function<ModelRequest, ModelResponse>> models = new HashMap<>();

    public InProcessProvider() {
        models.put("echo", InProcessProvider::echo);
        models.put("fail", request -> {
            throw new ModelCallException(ErrorKind.SERVER_ERROR, "the in-process 'fail' model always fails");
        });
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModelClient create(ProviderContext context) {
        return request -> {
            Function<ModelRequest, ModelResponse> model = models.get(request.model().model());
            if (model == null) {
                return CompletableFuture.failedFuture(new ModelCallException(ErrorKind.CLIENT_ERROR,
                        "no in-process model '" + request.model().model() + "'"));
            }
            try {
                return CompletableFuture.completedFuture(model.apply(request));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }

    private static ModelResponse echo(ModelRequest request) {
        String last = "";
        for (Message message : request.messages()) {
            if (message.role() == Message.Role.USER) {
                last = message.text();
            }
        }
        return ModelResponse.of(last, Duration.ZERO);
    }
}
