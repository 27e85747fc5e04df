package dev.evalunit.engine.provider;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/**
 * A langchain4j {@link HttpClient} over the JDK client that keeps the response headers of failed calls.
 *
 * <p>langchain4j's {@code JdkHttpClient} turns a non-2xx answer into an {@code HttpException} holding only
 * status and body, so a provider's {@code Retry-After} is lost before our scheduler sees it. This client
 * throws (or, when streaming, reports) an {@link HttpStatusException} that carries the parsed delay instead.
 * langchain4j's models accept it through their {@code httpClientBuilder(...)} option.
 */
final class RetryAfterHttpClient implements HttpClient {

    private final java.net.http.HttpClient delegate;
    private final Optional<Duration> readTimeout;
    private final Clock clock;

    RetryAfterHttpClient(java.net.http.HttpClient delegate, Optional<Duration> readTimeout, Clock clock) {
        this.delegate = delegate;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<String> response = delegate.send(toJdkRequest(request), BodyHandlers.ofString());
            if (!successful(response.statusCode())) {
                throw failure(response, response.body());
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .body(response.body())
                    .build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.url(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        delegate.sendAsync(toJdkRequest(request), BodyHandlers.ofInputStream())
                .whenComplete((response, error) -> {
                    if (error != null) {
                        listener.onError(transportFailure(error));
                    } else {
                        stream(response, parser, listener);
                    }
                });
    }

    private void stream(HttpResponse<InputStream> response, ServerSentEventParser parser,
                        ServerSentEventListener listener) {
        try (InputStream body = response.body()) {
            if (!successful(response.statusCode())) {
                listener.onError(failure(response, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                return;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (plainJson(contentType)) {
                // the server ignored "stream": hand the whole answer on, so the caller can ask without streaming
                listener.onError(StreamAnswerException.plainJson(response.statusCode(), contentType,
                        body.readNBytes(StreamAnswerException.SHOWN_BYTES + 1)));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .build());
            StreamWatch watch = new StreamWatch(body, listener);
            parser.parse(watch.body(), watch);
            if (watch.events() == 0) {
                listener.onError(StreamAnswerException.unreadable(response.statusCode(), contentType,
                        watch.firstBytes()));
            } else {
                listener.onClose();
            }
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }

    /**
     * Opens up to {@code connections} keep-alive connections to {@code endpoint} for the calls that follow: as
     * many concurrent {@code GET}s of the endpoint, without credentials. The JDK client opens a connection for
     * each request that finds none idle and keeps it for the next request once the answer was read, whatever its
     * status; TLS handshakes and the client's first-use class loading happen here too. Completes, never
     * exceptionally, with the number of requests answered.
     */
    CompletableFuture<Integer> warmUp(URI endpoint, int connections, Duration timeout) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(endpoint).GET().timeout(timeout).build();
        List<CompletableFuture<Integer>> answers = IntStream.range(0, connections)
                .mapToObj(i -> delegate.sendAsync(request, BodyHandlers.discarding())
                        .handle((response, error) -> error == null ? 1 : 0))
                .toList();
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(done -> answers.stream().mapToInt(CompletableFuture::join).sum());
    }

    private HttpStatusException failure(HttpResponse<?> response, String body) {
        return new HttpStatusException(response.statusCode(), body,
                RetryAfter.from(response.headers().map(), clock));
    }

    private static Throwable transportFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof HttpTimeoutException ? new TimeoutException(cause) : cause;
    }

    private java.net.http.HttpRequest toJdkRequest(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        readTimeout.ifPresent(builder::timeout);
        return builder.build();
    }

    /** Whether a content type is plain JSON ({@code application/json}), which no stream is sent as. */
    private static boolean plainJson(String contentType) {
        return contentType.toLowerCase(java.util.Locale.ROOT).split(";", 2)[0].trim().equals("application/json");
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }
}
