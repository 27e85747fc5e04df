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

    /** A plain response with only text and latency known (in-process models, application code). */
    public static ModelResponse of(String text, Duration latency) {
        return builder(text, latency).build();
    }

    /** A builder of a response with the given text and latency; everything else is unknown until set. */
    public static Builder builder(String text, Duration latency) {
        return new Builder(text, latency);
    }

    /** A builder starting from this response, to change some of its facts. */
    public Builder toBuilder() {
        Builder builder = new Builder(text, latency);
        builder.usage = usage;
        builder.timeToFirstToken = timeToFirstToken;
        builder.finishReason = finishReason;
        builder.costUsd = costUsd;
        builder.cacheHit = cacheHit;
        builder.attempts = attempts;
        builder.logprobs = logprobs;
        return builder;
    }

    /** Builds a {@link ModelResponse} without {@code Optional} arguments; a fact never set stays unknown. */
    public static final class Builder {
        private String text;
        private Duration latency;
        private Optional<TokenUsage> usage = Optional.empty();
        private Optional<Duration> timeToFirstToken = Optional.empty();
        private Optional<String> finishReason = Optional.empty();
        private OptionalDouble costUsd = OptionalDouble.empty();
        private boolean cacheHit;
        private int attempts = 1;
        private List<TokenLogprob> logprobs = List.of();

        private Builder(String text, Duration latency) {
            this.text = text;
            this.latency = latency;
        }

        /** The output text. */
        public Builder text(String value) {
            text = value;
            return this;
        }

        /** The token usage the provider reported; {@code null} when it reported none. */
        public Builder usage(TokenUsage value) {
            usage = Optional.ofNullable(value);
            return this;
        }

        /** The time to the first streamed token; {@code null} when the call was not streamed. */
        public Builder timeToFirstToken(Duration value) {
            timeToFirstToken = Optional.ofNullable(value);
            return this;
        }

        /** The provider's finish reason; {@code null} when unknown. */
        public Builder finishReason(String value) {
            finishReason = Optional.ofNullable(value);
            return this;
        }

        /** The cost in US dollars from the price table. */
        public Builder costUsd(double value) {
            costUsd = OptionalDouble.of(value);
            return this;
        }

        /** Whether the response came from the response cache. */
        public Builder cacheHit(boolean value) {
            cacheHit = value;
            return this;
        }

        /** How many attempts the scheduler made. */
        public Builder attempts(int value) {
            attempts = value;
            return this;
        }

        /** The output's tokens with their log-probabilities. */
        public Builder logprobs(List<TokenLogprob> value) {
            logprobs = value;
            return this;
        }

        /** The response. */
        public ModelResponse build() {
            return new ModelResponse(text, usage, latency, timeToFirstToken, finishReason, costUsd, cacheHit,
                    attempts, logprobs);
        }
    }
}
