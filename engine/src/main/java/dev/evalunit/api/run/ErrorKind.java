package dev.evalunit.api.run;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Why a model call failed: a {@link dev.evalunit.api.spi.ModelCallException}'s kind, which decides retrying, and a
 * failed sample's {@link SampleError#kind()}.
 */
@API(status = STABLE, since = "0.1")
public enum ErrorKind {
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

    ErrorKind(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether the scheduler retries a call that failed so. */
    public boolean retryable() {
        return retryable;
    }
}
