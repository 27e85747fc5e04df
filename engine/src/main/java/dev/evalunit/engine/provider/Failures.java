package dev.evalunit.engine.provider;

import com.fasterxml.jackson.core.JacksonException;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.run.ErrorKind;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns what langchain4j and the HTTP layer throw into a {@link ModelCallException} whose kind decides
 * retrying. The original exception is not attached: provider error bodies can echo request details, so
 * only a scrubbed, shortened summary travels on.
 */
final class Failures {

    private static final int MAX_DETAIL = 300;

    private Failures() {
    }

    static ModelCallException classify(Throwable error, ProviderSettings settings) {
        Throwable failure = unwrap(error);
        if (failure instanceof ModelCallException known) {
            return known;
        }
        String provider = settings.providerId();
        HttpException http = find(failure, HttpException.class);
        if (http != null) {
            int status = http.statusCode();
            Optional<Duration> retryAfter = http instanceof HttpStatusException withHeaders
                    ? withHeaders.retryAfter() : Optional.empty();
            return new ModelCallException(statusKind(status), "HTTP " + status + " from provider '" + provider
                    + "': " + detail(http.getMessage(), settings), retryAfter.orElse(null), null);
        }
        return new ModelCallException(kind(failure), failure.getClass().getSimpleName() + " calling provider '"
                + provider + "': " + detail(rootMessage(failure), settings));
    }

    static ErrorKind statusKind(int status) {
        if (status == 429) {
            return ErrorKind.RATE_LIMITED;
        }
        if (status == 408) {
            return ErrorKind.TIMEOUT;
        }
        if (status >= 500) {
            return ErrorKind.SERVER_ERROR;
        }
        return status >= 400 ? ErrorKind.CLIENT_ERROR : ErrorKind.BAD_RESPONSE;
    }

    private static ErrorKind kind(Throwable failure) {
        if (find(failure, RateLimitException.class) != null) {
            return ErrorKind.RATE_LIMITED;
        }
        if (find(failure, dev.langchain4j.exception.TimeoutException.class) != null
                || find(failure, SocketTimeoutException.class) != null
                || find(failure, java.util.concurrent.TimeoutException.class) != null) {
            return ErrorKind.TIMEOUT;
        }
        if (find(failure, JacksonException.class) != null) {
            return ErrorKind.BAD_RESPONSE;
        }
        if (find(failure, IOException.class) != null) {
            return ErrorKind.CONNECTION;
        }
        if (find(failure, NonRetriableException.class) != null) {
            return ErrorKind.CLIENT_ERROR;
        }
        return ErrorKind.BAD_RESPONSE;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root == failure ? String.valueOf(message)
                : root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String detail(String text, ProviderSettings settings) {
        String scrubbed = settings.scrub(text).replaceAll("\\s+", " ").trim();
        return scrubbed.length() <= MAX_DETAIL ? scrubbed : scrubbed.substring(0, MAX_DETAIL) + "...";
    }
}
