package dev.evalunit.engine.provider;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx HTTP answer that remembers the provider's {@code Retry-After}. langchain4j's own
 * {@link HttpException} keeps only the status and body; because it is a subclass, langchain4j's exception
 * mapping still recognises the status and keeps this exception as the root cause, where
 * {@link Failures} finds the delay again.
 */
final class HttpStatusException extends HttpException {

    private final transient Optional<Duration> retryAfter;

    HttpStatusException(int statusCode, String body, Optional<Duration> retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
