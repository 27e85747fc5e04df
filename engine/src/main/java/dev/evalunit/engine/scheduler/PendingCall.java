package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;

import java.util.concurrent.CompletableFuture;

/**
 * One submitted call and its single outcome. Attempts come and go; {@link #result} is completed exactly once.
 */
final class PendingCall {

    /** Output tokens charged up front when a request sets no {@code maxTokens}. */
    static final int DEFAULT_OUTPUT_ESTIMATE = 256;

    final ModelRequest request;
    final CompletableFuture<ModelResponse> result = new CompletableFuture<>();
    final int estimatedTokens;
    /** Attempts started; {@link ProviderLane} guards these fields. */
    int attempts;
    int rateLimitedAttempts;
    long firstStartedAt;

    PendingCall(ModelRequest request) {
        this.request = request;
        this.estimatedTokens = estimateTokens(request);
    }

    void started(long now) {
        if (attempts++ == 0) {
            firstStartedAt = now;
        }
    }

    /** About four characters per token for the prompt, plus the output budget. */
    static int estimateTokens(ModelRequest request) {
        long characters = request.messages().stream().map(Message::text).mapToLong(String::length).sum();
        long estimate = (characters + 3) / 4 + request.params().maxTokens().orElse(DEFAULT_OUTPUT_ESTIMATE);
        return (int) Math.min(Integer.MAX_VALUE, estimate);
    }
}
