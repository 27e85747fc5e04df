package dev.evalunit.engine.provider;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.run.TokenLogprob;
import dev.evalunit.api.run.TokenUsage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A {@link ModelClient} over a langchain4j chat model: one attempt per call (langchain4j's own retries are
 * off; the scheduler retries). Streams when configured to, recording the time to the first token. A server
 * that answers a streamed request with a plain JSON completion is asked again without streaming, and from
 * then on this provider does not stream (its samples have no time to first token).
 */
final class LangChainModelClient implements ModelClient {

    private final ProviderContext context;
    private final ProviderSettings settings;
    private final PriceTable prices;
    private final Optional<StreamingChatModel> streaming;
    private final Supplier<ChatModel> blocking;
    private final ExecutorService blockingCalls;
    /** The HTTP client of the model the calls go through first (streaming or not, as configured). */
    private final RetryAfterHttpClientBuilder http;
    /** Whether the model returns token log-probabilities when asked (OpenAI's chat completions do). */
    private final boolean logprobs;
    private volatile boolean streamIgnored;

    private LangChainModelClient(ProviderContext context, ProviderSettings settings, PriceTable prices,
                                 Optional<StreamingChatModel> streaming, Supplier<ChatModel> blocking,
                                 RetryAfterHttpClientBuilder http) {
        this.context = context;
        this.http = http;
        this.settings = settings;
        this.prices = prices;
        this.streaming = streaming;
        this.blocking = blocking;
        this.logprobs = streaming.map(OpenAiStreamingChatModel.class::isInstance)
                .orElseGet(() -> blocking.get() instanceof OpenAiChatModel);
        // Blocking calls need a thread each while in flight; the scheduler bounds how many are in flight.
        this.blockingCalls = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "evalunit-" + settings.providerId() + "-call");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * A client that builds the model kind ({@code stream} or not) the settings ask for; a streaming client
     * builds its non-streaming model only when a server turns out to ignore {@code stream}.
     */
    static LangChainModelClient create(ProviderContext context, ProviderSettings settings,
                                       BiFunction<ProviderSettings, RetryAfterHttpClientBuilder, ChatModel> chatModel,
                                       BiFunction<ProviderSettings, RetryAfterHttpClientBuilder, StreamingChatModel>
                                               streamingModel) {
        RetryAfterHttpClientBuilder http = new RetryAfterHttpClientBuilder();
        ChatModel eager = settings.stream() ? null : chatModel.apply(settings, http);
        Supplier<ChatModel> blocking = eager != null ? () -> eager
                : memoized(() -> chatModel.apply(settings, new RetryAfterHttpClientBuilder()));
        return new LangChainModelClient(context, settings, PriceTable.defaults(),
                settings.stream() ? Optional.of(streamingModel.apply(settings, http)) : Optional.empty(), blocking,
                http);
    }

    /**
     * Opens up to {@code connections} keep-alive connections to the provider's endpoint in the background, ahead
     * of the calls (see {@link RetryAfterHttpClient#warmUp}); completes with the number of requests answered.
     */
    CompletableFuture<Integer> warmUp(URI endpoint, int connections, Duration timeout) {
        return http.built().map(client -> client.warmUp(endpoint, connections, timeout))
                .orElseGet(() -> CompletableFuture.completedFuture(0));
    }

    private static Supplier<ChatModel> memoized(Supplier<ChatModel> build) {
        ChatModel[] built = new ChatModel[1];
        return () -> {
            synchronized (built) {
                if (built[0] == null) {
                    built[0] = build.get();
                }
                return built[0];
            }
        };
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        ChatRequest chatRequest;
        try {
            chatRequest = ChatRequests.from(request, logprobs);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(
                    new ModelCallException(ErrorKind.CLIENT_ERROR, e.getMessage()));
        }
        long start = System.nanoTime();
        CompletableFuture<Timed> attempt = streaming.isPresent() && !streamIgnored
                ? stream(streaming.get(), chatRequest, start).exceptionallyCompose(error -> {
                    if (StreamAnswerException.plainJsonIn(error)) {
                        streamIgnored = true;
                        return blocking(chatRequest, start);
                    }
                    return CompletableFuture.failedFuture(error);
                })
                : blocking(chatRequest, start);
        CompletableFuture<ModelResponse> result = new CompletableFuture<>();
        attempt.whenComplete((timed, error) -> {
            try {
                if (error != null) {
                    result.completeExceptionally(Failures.classify(error, settings));
                } else {
                    result.complete(toResponse(request, timed));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(Failures.classify(e, settings));
            }
        });
        return result;
    }

    private CompletableFuture<Timed> blocking(ChatRequest chatRequest, long start) {
        return CompletableFuture.supplyAsync(() -> new Timed(blocking.get().chat(chatRequest),
                Duration.ofNanos(System.nanoTime() - start), Optional.empty()), blockingCalls);
    }

    private static CompletableFuture<Timed> stream(StreamingChatModel model, ChatRequest request, long start) {
        CompletableFuture<Timed> done = new CompletableFuture<>();
        try {
            model.chat(request, new StreamingChatResponseHandler() {
                private volatile long firstToken;

                @Override
                public void onPartialResponse(String partial) {
                    if (firstToken == 0 && partial != null && !partial.isEmpty()) {
                        firstToken = System.nanoTime();
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    long end = System.nanoTime();
                    long first = firstToken;
                    done.complete(new Timed(response, Duration.ofNanos(end - start),
                            first == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(first - start))));
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private ModelResponse toResponse(ModelRequest request, Timed timed) {
        ChatResponse response = timed.response();
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new ModelCallException(ErrorKind.BAD_RESPONSE, "provider '"
                    + settings.providerId() + "' returned no content for " + request.model());
        }
        Optional<TokenUsage> usage = usage(response.tokenUsage());
        OptionalDouble cost = usage.flatMap(tokens -> prices.find(context, request.model().model())
                        .map(price -> price.cost(tokens)))
                .map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
        return new ModelResponse(text, usage, timed.latency(), timed.timeToFirstToken(),
                Optional.ofNullable(response.finishReason()).map(Enum::name), cost, false, 1, logprobs(response));
    }

    private static List<TokenLogprob> logprobs(ChatResponse response) {
        if (!(response.metadata() instanceof OpenAiChatResponseMetadata metadata) || metadata.logProbs() == null) {
            return List.of();
        }
        return metadata.logProbs().stream().filter(token -> token.token() != null && token.logprob() != null)
                .map(token -> new TokenLogprob(token.token(), token.logprob(), token.topLogprobs() == null ? List.of()
                        : token.topLogprobs().stream().filter(top -> top.token() != null && top.logprob() != null)
                        .map(top -> new TokenLogprob.Candidate(top.token(), top.logprob())).toList()))
                .toList();
    }

    private static Optional<TokenUsage> usage(dev.langchain4j.model.output.TokenUsage usage) {
        if (usage == null || usage.inputTokenCount() == null || usage.outputTokenCount() == null) {
            return Optional.empty();
        }
        return Optional.of(new TokenUsage(usage.inputTokenCount(), usage.outputTokenCount()));
    }

    /** A finished attempt with its timings. */
    private record Timed(ChatResponse response, Duration latency, Optional<Duration> timeToFirstToken) {
    }
}
