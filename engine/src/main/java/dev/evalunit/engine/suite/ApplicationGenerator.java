package dev.evalunit.engine.suite;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.Case;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.Variant;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Calls a team's own application code (an {@code @EvalVariant} method) for each case, so the suite
 * evaluates the feature they ship. The method may take the {@link Case}, the {@link Variant} and the run's
 * {@link ModelClient} in any order, and returns a {@code String}, a {@link ModelResponse} or a
 * {@link CompletionStage} of either. It runs on the engine's application executor.
 */
final class ApplicationGenerator implements Generator {

    private final Object suiteInstance;
    private final Method method;

    public ApplicationGenerator(Object suiteInstance, Method method) {
        this.suiteInstance = Objects.requireNonNull(suiteInstance, "suiteInstance");
        this.method = Objects.requireNonNull(method, "method");
        method.setAccessible(true);
    }

    /** Whether a method has a parameter list and return type this generator can call. */
    static boolean supports(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            if (type != Case.class && type != Variant.class && type != ModelClient.class) {
                return false;
            }
        }
        Class<?> returns = method.getReturnType();
        return returns == String.class || returns == ModelResponse.class
                || CompletionStage.class.isAssignableFrom(returns);
    }

    @Override
    public Generation start(Variant variant, Case testCase, int repeat, ModelClient client, Executor application) {
        // The fingerprint covers the variant's configuration, the case and the repeat, like a prompt request.
        ModelRequest identity = new ModelRequest(variant.model(),
                List.of(Message.user(method.getDeclaringClass().getName() + "#" + method.getName()
                        + " " + testCase.id() + " " + testCase.fields())), variant.params(), repeat);
        CompletableFuture<ModelResponse> response = CompletableFuture
                .supplyAsync(() -> invoke(variant, testCase, client), application)
                .thenCompose(stage -> stage);
        return new Generation(identity.fingerprint(), response);
    }

    private CompletionStage<ModelResponse> invoke(Variant variant, Case testCase, ModelClient client) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == Case.class ? testCase : types[i] == Variant.class ? variant : client;
        }
        long started = System.nanoTime();
        Object result;
        try {
            result = method.invoke(suiteInstance, arguments);
        } catch (InvocationTargetException e) {
            return CompletableFuture.failedFuture(applicationFailure(e.getCause()));
        } catch (IllegalAccessException e) {
            return CompletableFuture.failedFuture(applicationFailure(e));
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.handle((value, failure) -> {
                if (failure != null) {
                    throw applicationFailure(failure instanceof CompletionException
                            && failure.getCause() != null ? failure.getCause() : failure);
                }
                return toResponse(value, started);
            });
        }
        try {
            return CompletableFuture.completedFuture(toResponse(result, started));
        } catch (ModelCallException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ModelResponse toResponse(Object value, long started) {
        if (value instanceof ModelResponse response) {
            return response;
        }
        if (value instanceof String text) {
            return ModelResponse.of(text, Duration.ofNanos(System.nanoTime() - started));
        }
        throw new ModelCallException(ErrorKind.APPLICATION, method.getName() + " returned "
                + (value == null ? "null" : value.getClass().getName()) + "; return a String or a ModelResponse");
    }

    private ModelCallException applicationFailure(Throwable cause) {
        if (cause instanceof ModelCallException known) {
            return known;
        }
        return new ModelCallException(ErrorKind.APPLICATION,
                method.getName() + " threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                null, cause);
    }
}
