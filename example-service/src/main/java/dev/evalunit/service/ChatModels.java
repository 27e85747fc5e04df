package dev.evalunit.service;

import dev.evalunit.bucketing.config.VariantConfig;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The langchain4j chat model for a variant's config: the real provider when its key is in the environment
 * ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}), the {@link OfflineSummarizer} otherwise. One model per
 * config, built on first use.
 */
final class ChatModels {

    private final Map<String, String> environment;
    private final Map<String, ChatModel> models = new ConcurrentHashMap<>();

    ChatModels(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    ChatModel forConfig(VariantConfig config) {
        return models.computeIfAbsent(config.fingerprint(), f -> build(config));
    }

    /** Whether {@code config} runs offline here. */
    boolean offline(VariantConfig config) {
        return key(config).isEmpty();
    }

    private Optional<String> key(VariantConfig config) {
        String variable = switch (config.provider()) {
            case "openai" -> "OPENAI_API_KEY";
            case "anthropic" -> "ANTHROPIC_API_KEY";
            default -> "";
        };
        return Optional.ofNullable(environment.get(variable)).filter(k -> !k.isBlank());
    }

    private ChatModel build(VariantConfig config) {
        Optional<String> key = key(config);
        if (key.isEmpty()) {
            return new OfflineSummarizer();
        }
        Double temperature = config.temperature().isPresent() ? config.temperature().getAsDouble() : null;
        Double topP = config.topP().isPresent() ? config.topP().getAsDouble() : null;
        Integer maxTokens = config.maxTokens().isPresent() ? config.maxTokens().getAsInt() : null;
        return switch (config.provider()) {
            case "openai" -> OpenAiChatModel.builder().apiKey(key.get()).modelName(config.modelName())
                    .temperature(temperature).topP(topP).maxTokens(maxTokens).build();
            case "anthropic" -> AnthropicChatModel.builder().apiKey(key.get()).modelName(config.modelName())
                    .temperature(temperature).topP(topP).maxTokens(maxTokens).build();
            default -> throw new IllegalStateException("no provider '" + config.provider() + "'");
        };
    }
}
