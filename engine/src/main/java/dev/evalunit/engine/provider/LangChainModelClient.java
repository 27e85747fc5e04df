package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.run.TokenUsage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A {@link ModelClient} over a langchain4j chat model: one attempt per call (langchain4j's own retries are
 * off; the scheduler retries). Streams when configured to, recording the time to the first token.
 */
final class LangChainModelClient implements ModelClient {

    private final ProviderContext context;
    private final ProviderSettings settings;
    private final PriceTable prices;
    private final Optional<StreamingChatModel> streaming;
    private final Optional<ChatModel> blocking;
    private final ExecutorService blockingCalls;

    private LangChainModelClient(ProviderContext context, ProviderSettings settings, PriceTable prices,
                                 Optional<StreamingChatModel> streaming, Optional<ChatModel> blocking) {
        this.context = context;
        this.settings = settings;
        this.prices = prices;
        this.streaming = streaming;
        this.blocking = blocking;
        // Blocking calls need a thread each while in flight; the scheduler bounds how many are in flight.
        this.blockingCalls = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "evalunit-" + settings.providerId() + "-call");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** A client that builds only the model kind ({@code stream} or not) the settings ask for. */
    static LangChainModelClient create(ProviderContext context, ProviderSettings settings,
                                       Function<ProviderSettings, ChatModel> chatModel,
                                       Function<ProviderSettings, StreamingChatModel> streamingModel) {
        return settings.stream()
                ? new LangChainModelClient(context, settings, PriceTable.defaults(),
                        Optional.of(streamingModel.apply(settings)), Optional.empty())
                : new LangChainModelClient(context, settings, PriceTable.defaults(),
                        Optional.empty(), Optional.of(chatModel.apply(settings)));
    }

    @Override
    public CompletableFuture<ModelResponse> call(ModelRequest request) {
        ChatRequest chatRequest;
        try {
            chatRequest = ChatRequests.from(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(
                    new ModelCallException(ModelCallException.Kind.CLIENT_ERROR, e.getMessage()));
        }
        long start = System.nanoTime();
        CompletableFuture<Timed> attempt = streaming.isPresent()
                ? stream(streaming.get(), chatRequest, start)
                : CompletableFuture.supplyAsync(() -> new Timed(blocking.orElseThrow().chat(chatRequest),
                        Duration.ofNanos(System.nanoTime() - start), Optional.empty()), blockingCalls);
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
            throw new ModelCallException(ModelCallException.Kind.BAD_RESPONSE, "provider '"
                    + settings.providerId() + "' returned no content for " + request.model());
        }
        Optional<TokenUsage> usage = usage(response.tokenUsage());
        OptionalDouble cost = usage.flatMap(tokens -> prices.find(context, request.model().model())
                        .map(price -> price.cost(tokens)))
                .map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
        return new ModelResponse(text, usage, timed.latency(), timed.timeToFirstToken(),
                Optional.ofNullable(response.finishReason()).map(Enum::name), cost, false, 1);
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
