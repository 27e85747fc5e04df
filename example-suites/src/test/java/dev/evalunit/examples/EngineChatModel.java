package dev.evalunit.examples;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * A langchain4j {@link ChatModel} backed by the evaluation run's {@link ModelClient}, so application code that takes
 * a {@code ChatModel} can be evaluated as it ships while its calls still go through the engine's scheduler, retries,
 * cache and provider configuration (real or simulated). One instance serves one variant invocation and keeps the
 * response of its last call, so the sample can carry that call's tokens, latency and cost. A failed call throws the
 * engine's {@code ModelCallException}, so the sample records the real failure and its attempts.
 */
final class EngineChatModel implements ChatModel {

    private final ModelClient client;
    private final ModelRef model;
    private final SamplingParams defaults;
    private ModelResponse last;

    /**
     * @param client   the run's client
     * @param model    the model every call goes to
     * @param defaults sampling parameters for what a request leaves unset
     */
    EngineChatModel(ModelClient client, ModelRef model, SamplingParams defaults) {
        this.client = client;
        this.model = model;
        this.defaults = defaults;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        SamplingParams params = defaults;
        if (request.temperature() != null) {
            params = params.withTemperature(request.temperature());
        }
        if (request.maxOutputTokens() != null) {
            params = params.withMaxTokens(request.maxOutputTokens());
        }
        List<Message> messages = request.messages().stream().map(EngineChatModel::message).toList();
        ModelResponse response;
        try {
            response = client.call(new ModelRequest(model, messages, params, 0)).join();
        } catch (CompletionException e) {
            // the engine's ModelCallException (kind, attempts) must reach the sample unchanged
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        last = response;
        ChatResponse.Builder answer = ChatResponse.builder().aiMessage(AiMessage.from(response.text()))
                .modelName(model.model());
        response.usage().ifPresent(usage -> answer.tokenUsage(new TokenUsage(usage.input(), usage.output())));
        response.finishReason().filter(reason -> reason.equalsIgnoreCase("length"))
                .ifPresent(reason -> answer.finishReason(FinishReason.LENGTH));
        return answer.build();
    }

    /** The response of the last call, if there was one. */
    Optional<ModelResponse> lastResponse() {
        return Optional.ofNullable(last);
    }

    private static Message message(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return Message.system(system.text());
        }
        if (message instanceof UserMessage user) {
            return Message.user(user.singleText());
        }
        if (message instanceof AiMessage ai) {
            return Message.assistant(ai.text());
        }
        throw new IllegalArgumentException("unsupported message type " + message.type());
    }
}
