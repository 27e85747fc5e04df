package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates an EvalUnit {@link ModelRequest} into a langchain4j {@link ChatRequest}. */
final class ChatRequests {

    /** The extra sampling parameters every langchain4j chat model understands. */
    static final Set<String> SUPPORTED_EXTRAS = Set.of("top_k", "frequency_penalty", "presence_penalty", "stop");

    private ChatRequests() {
    }

    /**
     * @throws IllegalArgumentException naming the parameter when an extra parameter is unknown or has the
     *                                  wrong type
     */
    static ChatRequest from(ModelRequest request) {
        SamplingParams params = request.params();
        ChatRequest.Builder builder = ChatRequest.builder()
                .messages(request.messages().stream().map(ChatRequests::message).toList())
                .modelName(request.model().model());
        params.temperature().ifPresent(builder::temperature);
        params.topP().ifPresent(builder::topP);
        params.maxTokens().ifPresent(builder::maxOutputTokens);
        for (Map.Entry<String, Object> extra : params.extra().entrySet()) {
            Object value = extra.getValue();
            switch (extra.getKey()) {
                case "top_k" -> builder.topK(number(extra.getKey(), value).intValue());
                case "frequency_penalty" -> builder.frequencyPenalty(number(extra.getKey(), value).doubleValue());
                case "presence_penalty" -> builder.presencePenalty(number(extra.getKey(), value).doubleValue());
                case "stop" -> builder.stopSequences(value instanceof Collection<?> many
                        ? many.stream().map(String::valueOf).toList() : List.of(String.valueOf(value)));
                default -> throw new IllegalArgumentException("sampling parameter '" + extra.getKey()
                        + "' is not supported for " + request.model() + "; supported extras are "
                        + SUPPORTED_EXTRAS.stream().sorted().toList());
            }
        }
        return builder.build();
    }

    private static ChatMessage message(Message message) {
        return switch (message.role()) {
            case SYSTEM -> SystemMessage.from(message.text());
            case USER -> UserMessage.from(message.text());
            case ASSISTANT -> AiMessage.from(message.text());
        };
    }

    private static Number number(String name, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        try {
            return Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sampling parameter '" + name + "' must be a number, was '"
                    + value + "'", e);
        }
    }
}
