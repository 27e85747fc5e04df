package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
 * @param logprobs         the output's tokens with their log-probabilities, when the request asked for them
 *                         ({@code top_logprobs}) and the provider returned them; empty otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelResponse(String text, Optional<TokenUsage> usage, Duration latency,
                            Optional<Duration> timeToFirstToken, Optional<String> finishReason,
                            OptionalDouble costUsd, boolean cacheHit, int attempts, List<TokenLogprob> logprobs) {

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
        logprobs = List.copyOf(Objects.requireNonNull(logprobs, "logprobs"));
    }

    /** A response without token log-probabilities. */
    public ModelResponse(String text, Optional<TokenUsage> usage, Duration latency, Optional<Duration> timeToFirstToken,
                         Optional<String> finishReason, OptionalDouble costUsd, boolean cacheHit, int attempts) {
        this(text, usage, latency, timeToFirstToken, finishReason, costUsd, cacheHit, attempts, List.of());
    }

    /** A plain response with only text and latency known (in-process models, application code). */
    public static ModelResponse of(String text, Duration latency) {
        return new ModelResponse(text, Optional.empty(), latency, Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), false, 1);
    }
}
