package dev.evalunit.api.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One (variant, case, repeat) generation: either a response or an error.
 *
 * @param variantId   the variant
 * @param caseId      the case
 * @param repeat      0-based repeat index
 * @param fingerprint hash of the request (provider, model, parameters, messages, repeat); the cache key
 * @param response    the response, when the call succeeded
 * @param error       the error, when it did not
 */
public record Sample(String variantId, String caseId, int repeat, String fingerprint,
                     Optional<ModelResponse> response, Optional<SampleError> error) {

    public Sample {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(error, "error");
        if (response.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a sample has either a response or an error");
        }
    }

    public static Sample success(String variantId, String caseId, int repeat, String fingerprint,
                                 ModelResponse response) {
        return new Sample(variantId, caseId, repeat, fingerprint, Optional.of(response), Optional.empty());
    }

    public static Sample failure(String variantId, String caseId, int repeat, String fingerprint,
                                 SampleError error) {
        return new Sample(variantId, caseId, repeat, fingerprint, Optional.empty(), Optional.of(error));
    }

    public boolean isError() {
        return error.isPresent();
    }

    /** The output text; empty for error samples. */
    public Optional<String> output() {
        return response.map(ModelResponse::text);
    }

    public Optional<Duration> latency() {
        return response.map(ModelResponse::latency);
    }

    public Optional<TokenUsage> usage() {
        return response.flatMap(ModelResponse::usage);
    }

    public OptionalDouble costUsd() {
        return response.isPresent() ? response.get().costUsd() : OptionalDouble.empty();
    }
}
