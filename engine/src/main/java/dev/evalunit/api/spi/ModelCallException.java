package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Why a model call failed. {@link ModelClient}s complete their futures exceptionally with this type so
 * the scheduler can decide whether and when to retry.
 */
@API(status = STABLE, since = "0.1")
public final class ModelCallException extends RuntimeException {

    /** The kind of failure; decides retrying. */
    public enum Kind {
        /** HTTP 429 or a provider's rate-limit error: retried, honouring {@code Retry-After}. */
        RATE_LIMITED(true),
        /** HTTP 5xx: retried. */
        SERVER_ERROR(true),
        /** The request timed out: retried. */
        TIMEOUT(true),
        /** Connection refused or reset: retried. */
        CONNECTION(true),
        /** The provider answered with something that is not a valid response (malformed JSON, no content). */
        BAD_RESPONSE(true),
        /** HTTP 4xx other than 429 (bad request, auth): not retried. */
        CLIENT_ERROR(false),
        /** Replay mode and the cache has no entry: not retried. */
        CACHE_MISS(false),
        /** Application code in a Java variant threw: not retried. */
        APPLICATION(false),
        /** Anything else: the client threw another exception or completed without a response; not retried. */
        UNEXPECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;
    private final int attempts;

    public ModelCallException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        this(kind, message, retryAfter, cause, 1);
    }

    /**
     * A failure after {@code attempts} attempts; the scheduler throws this after its last retry so the
     * sample's error records how many attempts were made.
     */
    public ModelCallException(Kind kind, String message, Duration retryAfter, Throwable cause, int attempts) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = Optional.ofNullable(retryAfter);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
        }
        this.attempts = attempts;
    }

    public ModelCallException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How many attempts were made before this failure (1 unless the scheduler retried). */
    public int attempts() {
        return attempts;
    }

    /** The delay the provider asked for before the next attempt, if it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
