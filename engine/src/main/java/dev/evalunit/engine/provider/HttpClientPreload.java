package dev.evalunit.engine.provider;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.apiguardian.api.API;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The HTTP providers' one-time set-up, done on a background thread while the engine discovers suites: one dry
 * call through langchain4j's OpenAI models, plain and streamed, answered in memory (no connection), so the
 * model classes are loaded and Jackson has built its serializers for the wire types before the first real call;
 * then the HTTP client's classes and the JVM's default TLS context (reading the trusted certificates, which the
 * hosted providers' {@code https} endpoints need before their first call). Once per JVM, as classes and the TLS
 * context are.
 */
@API(status = INTERNAL, since = "0.1")
public final class HttpClientPreload {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final String COMPLETION = "{\"id\":\"preload\",\"object\":\"chat.completion\",\"created\":0,"
            + "\"model\":\"preload\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},"
            + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,"
            + "\"total_tokens\":2}}";
    private static final String STREAM = "data: {\"id\":\"preload\",\"object\":\"chat.completion.chunk\",\"created\":0,"
            + "\"model\":\"preload\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"ok\"},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}"
            + "\n\ndata: [DONE]\n\n";

    private HttpClientPreload() {
    }

    /** Starts the set-up on a daemon thread, unless it was started before in this JVM. */
    public static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(HttpClientPreload::preload, "evalunit-http-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void preload() {
        try {
            ProviderSettings settings = new ProviderSettings(OpenAiCompatibleProvider.ID,
                    Optional.of("http://127.0.0.1/v1"), Optional.empty(), ProviderSettings.DEFAULT_TIMEOUT, false);
            ChatRequest request = ChatRequests.from(new ModelRequest(ModelRef.parse("openai-compatible:preload"),
                    List.of(Message.system("preload"), Message.user("preload")), SamplingParams.DEFAULTS, 0), true);
            OpenAiModels.chat(settings, new InMemory()).chat(request);
            OpenAiModels.streaming(settings, new InMemory()).chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onCompleteResponse(ChatResponse response) {
                    // the dry call's answer has done its work by being parsed
                }

                @Override
                public void onError(Throwable error) {
                    // only a head start
                }
            });
            new RetryAfterHttpClientBuilder().build();
            ApacheHttp.preloadTls();
        } catch (RuntimeException | LinkageError e) {
            // only a head start: a provider that cannot be built says why when the run builds it
        }
    }

    /** Answers every request at once with a canned completion, plain or streamed, on the calling thread. */
    private static final class InMemory implements HttpClientBuilder, HttpClient {

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            return SuccessfulHttpResponse.builder().statusCode(200)
                    .headers(Map.of("Content-Type", List.of("application/json"))).body(COMPLETION).build();
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(200)
                    .headers(Map.of("Content-Type", List.of("text/event-stream"))).build());
            parser.parse(new ByteArrayInputStream(STREAM.getBytes(StandardCharsets.UTF_8)), listener);
            listener.onClose();
        }

        @Override
        public Duration connectTimeout() {
            return null;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return null;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            return this;
        }

        @Override
        public HttpClient build() {
            return this;
        }
    }
}
