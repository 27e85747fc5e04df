package dev.evalunit.api.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A successful model call.
 *
 * @param text             the output text
 * @param usage            token usage, when the provider reported it
 * @param latency          total wall time of the successful attempt (zero-cost replays keep the original)
 * @param timeToFirstToken time to the first streamed token, when the call was streamed
 * @param finishReason     the provider's finish reason (e.g. {@code STOP}, {@code LENGTH}), when known
 * @param costUsd          cost in US dollars from the price table; empty when the price is unknown (never 0)
 * @param cacheHit         whether the response came from the response cache
 * @param attempts         how many attempts the scheduler made (1 when the first succeeded or on a cache hit)
 */
public record ModelResponse(String text, Optional<TokenUsage> usage, Duration latency,
                            Optional<Duration> timeToFirstToken, Optional<String> finishReason,
                            OptionalDouble costUsd, boolean cacheHit, int attempts) {

    public ModelResponse {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(timeToFirstToken, "timeToFirstToken");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(costUsd, "costUsd");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
        }
    }

    /** A plain response with only text and latency known (in-process models, application code). */
    public static ModelResponse of(String text, Duration latency) {
        return new ModelResponse(text, Optional.empty(), latency, Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), false, 1);
    }
}
