package dev.evalunit.engine.provider;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * A langchain4j {@link HttpClient} over Apache HttpClient 5's classic (blocking) client that keeps the response
 * headers of failed calls.
 *
 * <p>langchain4j's {@code JdkHttpClient} turns a non-2xx answer into an {@code HttpException} holding only
 * status and body, so a provider's {@code Retry-After} is lost before our scheduler sees it. This client
 * throws (or, when streaming, reports) an {@link HttpStatusException} that carries the parsed delay instead.
 * langchain4j's models accept it through their {@code httpClientBuilder(...)} option.
 *
 * <p>Why not the JDK client: a blocking call through it hops from the caller to the client's selector thread
 * and to its worker pool and back; against a local endpoint that answers at once it cost twice the CPU per
 * request of a pooled blocking connection read on the caller's thread (see README, *What an HTTP sample
 * costs*). A blocking call here uses the calling thread alone; a stream is read on a thread of
 * {@code streams}, as langchain4j expects streaming calls to return at once.
 */
final class RetryAfterHttpClient implements HttpClient {

    private final CloseableHttpClient delegate;
    private final Executor streams;
    private final Clock clock;
    // a model's calls repeat one URL and content type: parsed once, not per call
    private final LastParse<URI> urls = new LastParse<>(URI::create);
    private final LastParse<ContentType> requestTypes = new LastParse<>(ContentType::parse);
    private final LastParse<ContentType> answerTypes = new LastParse<>(ContentType::parseLenient);

    RetryAfterHttpClient(CloseableHttpClient delegate, Executor streams, Clock clock) {
        this.delegate = delegate;
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            return delegate.execute(toApacheRequest(request), response -> {
                int status = response.getCode();
                String body = body(response.getEntity());
                if (!successful(status)) {
                    throw failure(response, body);
                }
                return SuccessfulHttpResponse.builder()
                        .statusCode(status)
                        .headers(headers(response))
                        .body(body)
                        .build();
            });
        } catch (SocketTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        HttpUriRequestBase apacheRequest;
        try {
            apacheRequest = toApacheRequest(request);
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        streams.execute(() -> {
            try {
                delegate.execute(apacheRequest, response -> {
                    stream(response, parser, listener);
                    return null;
                });
            } catch (IOException | RuntimeException e) {
                listener.onError(timedOut(e) ? new TimeoutException(e) : e);
            }
        });
    }

    private void stream(ClassicHttpResponse response, ServerSentEventParser parser,
                        ServerSentEventListener listener) throws IOException {
        HttpEntity entity = response.getEntity();
        try (InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
            if (!successful(response.getCode())) {
                listener.onError(failure(response, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                return;
            }
            String contentType = header(response, HttpHeaders.CONTENT_TYPE);
            if (plainJson(contentType)) {
                // the server ignored "stream": hand the whole answer on, so the caller can ask without streaming
                listener.onError(StreamAnswerException.plainJson(response.getCode(), contentType,
                        body.readNBytes(StreamAnswerException.SHOWN_BYTES + 1)));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder()
                    .statusCode(response.getCode())
                    .headers(headers(response))
                    .build());
            StreamWatch watch = new StreamWatch(body, listener);
            parser.parse(watch.body(), watch);
            if (watch.events() == 0) {
                listener.onError(StreamAnswerException.unreadable(response.getCode(), contentType,
                        watch.firstBytes()));
            } else {
                listener.onClose();
            }
        } catch (IOException | RuntimeException e) {
            listener.onError(timedOut(e) ? new TimeoutException(e) : e);
        }
    }

    /** Whether a call failed because the endpoint did not connect or answer in time. */
    private static boolean timedOut(Exception e) {
        return e instanceof SocketTimeoutException;
    }

    /**
     * Opens up to {@code connections} keep-alive connections to {@code endpoint} for the calls that follow: as
     * many concurrent {@code GET}s of the endpoint, without credentials, each on a thread of the stream pool. The
     * pool leases a connection to each request that finds none idle and keeps it for the next request once the
     * answer was read, whatever its status; TLS handshakes and the client's first-use class loading happen here
     * too. Completes, never exceptionally, with the number of requests answered.
     */
    CompletableFuture<Integer> warmUp(URI endpoint, int connections, Duration timeout) {
        List<CompletableFuture<Integer>> answers = IntStream.range(0, connections)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    HttpGet get = new HttpGet(endpoint);
                    get.setConfig(ApacheHttp.requestTimeout(timeout));
                    try {
                        return delegate.execute(get, response -> {
                            EntityUtils.consume(response.getEntity());
                            return 1;
                        });
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                }, streams))
                .toList();
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(done -> answers.stream().mapToInt(CompletableFuture::join).sum());
    }

    /** An answer's body decoded in its content type's charset, UTF-8 where none is given. */
    private String body(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        byte[] bytes = EntityUtils.toByteArray(entity);
        String type = entity.getContentType();
        ContentType contentType = type == null ? null : answerTypes.of(type);
        Charset charset = contentType == null || contentType.getCharset() == null
                ? StandardCharsets.UTF_8 : contentType.getCharset();
        return new String(bytes, charset);
    }

    private HttpStatusException failure(ClassicHttpResponse response, String body) {
        return new HttpStatusException(response.getCode(), body, RetryAfter.from(headers(response), clock));
    }

    /** The response headers by name, each name's values in the order received. */
    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return headers;
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? "" : header.getValue();
    }

    /**
     * The request as Apache's: every header langchain4j set except the framing ones the client writes itself,
     * and the body as UTF-8 bytes under the request's own content type.
     */
    private HttpUriRequestBase toApacheRequest(HttpRequest request) {
        HttpUriRequestBase apacheRequest = new HttpUriRequestBase(request.method().name(), urls.of(request.url()));
        String contentType = null;
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (header.getValue() == null || name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                    || name.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING)) {
                continue;
            }
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                contentType = header.getValue().isEmpty() ? null : header.getValue().get(0);
                continue;
            }
            header.getValue().forEach(value -> apacheRequest.addHeader(name, value));
        }
        if (request.body() != null) {
            apacheRequest.setEntity(new ByteArrayEntity(request.body().getBytes(StandardCharsets.UTF_8),
                    contentType == null ? ContentType.APPLICATION_JSON : requestTypes.of(contentType)));
        }
        return apacheRequest;
    }

    /** Whether a content type is plain JSON ({@code application/json}), which no stream is sent as. */
    private static boolean plainJson(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim().equals("application/json");
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }
}
