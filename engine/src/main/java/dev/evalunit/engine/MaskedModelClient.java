package dev.evalunit.engine;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The provider router with the run's secrets masked in every answer and error as it comes back, before the
 * scheduler caches it or a scorer sees it: a provider that echoes the key leaves it nowhere.
 */
final class MaskedModelClient implements ModelClient {

    private final ModelClient delegate;
    private final SecretMask mask;

    MaskedModelClient(ModelClient delegate, SecretMask mask) {
        this.delegate = delegate;
        this.mask = mask;
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        CompletableFuture<ModelResponse> masked = new CompletableFuture<>();
        delegate.call(request).whenComplete((response, error) -> {
            if (error == null) {
                masked.complete(response.toBuilder().text(mask.apply(response.text())).build());
            } else {
                masked.completeExceptionally(masked(error));
            }
        });
        return masked;
    }

    private Throwable masked(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ModelCallException failure) {
            String message = mask.apply(failure.getMessage());
            return message.equals(failure.getMessage()) ? failure : new ModelCallException(failure.kind(), message,
                    failure.retryAfter().orElse(null), null, failure.attempts());
        }
        // Not a provider failure (a bug in a client): its message is all that travels on, masked.
        return new ModelCallException(ErrorKind.APPLICATION,
                mask.apply(cause.getClass().getName() + ": " + cause.getMessage()));
    }
}
