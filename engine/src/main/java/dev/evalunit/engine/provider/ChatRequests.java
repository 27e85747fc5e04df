package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates an EvalUnit {@link ModelRequest} into a langchain4j {@link ChatRequest}. */
final class ChatRequests {

    /** The extra sampling parameters every langchain4j chat model understands. */
    static final Set<String> SUPPORTED_EXTRAS = Set.of("top_k", "frequency_penalty", "presence_penalty", "stop",
            ChatRequests.TOP_LOGPROBS);

    /**
     * How many most likely tokens to return per output token (OpenAI's {@code top_logprobs}, 0–20), where the
     * provider returns log-probabilities; providers that do not are asked without it, and their responses carry
     * none.
     */
    static final String TOP_LOGPROBS = "top_logprobs";

    private ChatRequests() {
    }

    /**
     * @param logprobs whether the provider returns token log-probabilities (OpenAI's chat completions)
     * @throws IllegalArgumentException naming the parameter when an extra parameter is unknown or has the
     *                                  wrong type
     */
    static ChatRequest from(ModelRequest request, boolean logprobs) {
        SamplingParams params = request.params();
        Object top = params.extra().get(TOP_LOGPROBS);
        DefaultChatRequestParameters.Builder<?> builder = logprobs && top != null
                ? OpenAiChatRequestParameters.builder().logprobs(true)
                        .topLogprobs(topLogprobs(number(TOP_LOGPROBS, top)))
                : ChatRequestParameters.builder();
        builder.modelName(request.model().model());
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
                case TOP_LOGPROBS -> topLogprobs(number(TOP_LOGPROBS, value));
                default -> throw new IllegalArgumentException("sampling parameter '" + extra.getKey()
                        + "' is not supported for " + request.model() + "; supported extras are "
                        + SUPPORTED_EXTRAS.stream().sorted().toList());
            }
        }
        return ChatRequest.builder().messages(request.messages().stream().map(ChatRequests::message).toList())
                .parameters(builder.build()).build();
    }

    private static int topLogprobs(Number value) {
        if (value.doubleValue() != value.intValue() || value.intValue() < 0 || value.intValue() > 20) {
            throw new IllegalArgumentException("sampling parameter '" + TOP_LOGPROBS
                    + "' must be a whole number from 0 to 20, was " + value);
        }
        return value.intValue();
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
