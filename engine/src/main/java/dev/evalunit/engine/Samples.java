package dev.evalunit.engine;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.SampleError;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a call's completion into exactly one sample: a success, or a failure with its error. */
final class Samples {

    private Samples() {
    }

    static CompletableFuture<Sample> of(String variantId, String caseId, int repeat, String fingerprint,
                                        CompletableFuture<ModelResponse> response) {
        return response.handle((value, failure) -> failure == null && value != null
                ? Sample.success(variantId, caseId, repeat, fingerprint, value)
                : Sample.failure(variantId, caseId, repeat, fingerprint, error(failure)));
    }

    static SampleError error(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return new SampleError(ErrorKind.UNEXPECTED, "the model client completed with no response", 1);
        }
        if (cause instanceof ModelCallException call) {
            return new SampleError(call.kind(), call.getMessage(), call.attempts());
        }
        return new SampleError(ErrorKind.UNEXPECTED, cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), 1);
    }
}
