package dev.evalunit.judges.llm;

import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Asks a judge and, while its reply is unusable, asks again within bounds: the unusable reply and a
 * correction are appended to the conversation, so every re-ask is a distinct (and cacheable) request with
 * the same judge repeat index. Never throws: every ending is a {@link JudgeOutcome}.
 */
final class JudgeExchange {

    private final ReplyObject replies = new ReplyObject();
    private final ModelClient client;
    private final int maxRetries;

    /**
     * @param client     the engine's judge client (scheduler, rate limits and cache)
     * @param maxRetries how many times an unusable reply is re-asked
     */
    JudgeExchange(ModelClient client, int maxRetries) {
        this.client = client;
        this.maxRetries = maxRetries;
    }

    <T> CompletionStage<JudgeOutcome<T>> run(ModelRequest request, ReplyFormat<T> format) {
        return attempt(request, format, 1, JudgeUsage.NONE);
    }

    private <T> CompletionStage<JudgeOutcome<T>> attempt(ModelRequest request, ReplyFormat<T> format, int attempt,
                                                         JudgeUsage before) {
        CompletableFuture<ModelResponse> reply;
        try {
            reply = client.call(request);
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        return reply.handle((response, failure) -> {
            if (failure != null) {
                return CompletableFuture.<JudgeOutcome<T>>completedFuture(
                        new JudgeOutcome.CallFailed<>(describe(failure), attempt, before));
            }
            JudgeUsage usage = before.plus(JudgeUsage.of(response));
            String raw = response.text();
            try {
                return CompletableFuture.<JudgeOutcome<T>>completedFuture(
                        new JudgeOutcome.Usable<>(format.read(replies.object(raw)), raw, attempt, usage));
            } catch (ReplyFormat.UnusableReply unusable) {
                if (attempt > maxRetries) {
                    return CompletableFuture.<JudgeOutcome<T>>completedFuture(
                            new JudgeOutcome.Unusable<>(unusable.getMessage(), raw, attempt, usage));
                }
                return attempt(reAsk(request, raw, unusable.getMessage(), format), format, attempt + 1, usage);
            }
        }).thenCompose(next -> next);
    }

    private static ModelRequest reAsk(ModelRequest request, String raw, String problem, ReplyFormat<?> format) {
        List<Message> messages = new ArrayList<>(request.messages());
        messages.add(Message.assistant(raw));
        messages.add(Message.user("Your reply could not be used: " + problem + ". " + format.instructions()));
        return new ModelRequest(request.model(), messages, request.params(), request.repeat(), request.keyParts());
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
