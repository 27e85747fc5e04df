package dev.evalunit.api.spi;

import dev.evalunit.api.run.ErrorKind;
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

    private final ErrorKind kind;
    private final transient Optional<Duration> retryAfter;
    private final int attempts;

    public ModelCallException(ErrorKind kind, String message, Duration retryAfter, Throwable cause) {
        this(kind, message, retryAfter, cause, 1);
    }

    /**
     * A failure after {@code attempts} attempts; the scheduler throws this after its last retry so the
     * sample's error records how many attempts were made.
     */
    public ModelCallException(ErrorKind kind, String message, Duration retryAfter, Throwable cause, int attempts) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = Optional.ofNullable(retryAfter);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
        }
        this.attempts = attempts;
    }

    public ModelCallException(ErrorKind kind, String message) {
        this(kind, message, null, null);
    }

    public ErrorKind kind() {
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
