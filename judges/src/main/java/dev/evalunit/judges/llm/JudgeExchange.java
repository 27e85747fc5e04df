package dev.evalunit.judges.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.Message;
import dev.evalunit.api.ModelClient;
import dev.evalunit.api.ModelRequest;

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

    private final ObjectMapper mapper = new ObjectMapper();
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
        return attempt(request, format, 1);
    }

    private <T> CompletionStage<JudgeOutcome<T>> attempt(ModelRequest request, ReplyFormat<T> format, int attempt) {
        CompletableFuture<String> reply;
        try {
            reply = client.call(request).thenApply(response -> response.text());
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        return reply.handle((raw, failure) -> {
            if (failure != null) {
                return CompletableFuture.<JudgeOutcome<T>>completedFuture(
                        new JudgeOutcome.CallFailed<>(describe(failure), attempt));
            }
            try {
                return CompletableFuture.<JudgeOutcome<T>>completedFuture(
                        new JudgeOutcome.Usable<>(format.read(jsonObject(raw)), raw, attempt));
            } catch (ReplyFormat.UnusableReply unusable) {
                if (attempt > maxRetries) {
                    return CompletableFuture.<JudgeOutcome<T>>completedFuture(
                            new JudgeOutcome.Unusable<>(unusable.getMessage(), raw, attempt));
                }
                return attempt(reAsk(request, raw, unusable.getMessage(), format), format, attempt + 1);
            }
        }).thenCompose(next -> next);
    }

    private static ModelRequest reAsk(ModelRequest request, String raw, String problem, ReplyFormat<?> format) {
        List<Message> messages = new ArrayList<>(request.messages());
        messages.add(Message.assistant(raw));
        messages.add(Message.user("Your reply could not be used: " + problem + ". " + format.instructions()));
        return new ModelRequest(request.model(), messages, request.params(), request.repeat());
    }

    /** The reply's JSON object: the whole reply, or the object inside a code fence or surrounding prose. */
    private JsonNode jsonObject(String raw) throws ReplyFormat.UnusableReply {
        int start = raw.indexOf('{');
        int end = raw.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new ReplyFormat.UnusableReply("the reply holds no JSON object");
        }
        try {
            JsonNode node = mapper.readTree(raw.substring(start, end + 1));
            if (!node.isObject()) {
                throw new ReplyFormat.UnusableReply("the reply holds no JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ReplyFormat.UnusableReply("the reply is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
