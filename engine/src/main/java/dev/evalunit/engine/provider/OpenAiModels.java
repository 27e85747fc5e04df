package dev.evalunit.engine.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/** langchain4j OpenAI models for the {@code openai} and {@code openai-compatible} providers. */
final class OpenAiModels {

    /** Sent when an OpenAI-compatible endpoint needs no key: the Authorization header must hold something. */
    static final String NO_KEY = "no-key";

    private OpenAiModels() {
    }

    static ChatModel chat(ProviderSettings settings, HttpClientBuilder http) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(http)
                .apiKey(settings.apiKey().map(ApiKey::value).orElse(NO_KEY))
                .timeout(settings.timeout())
                .maxRetries(0);
        settings.baseUrl().ifPresent(builder::baseUrl);
        return builder.build();
    }

    static StreamingChatModel streaming(ProviderSettings settings, HttpClientBuilder http) {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(http)
                .apiKey(settings.apiKey().map(ApiKey::value).orElse(NO_KEY))
                .timeout(settings.timeout());
        settings.baseUrl().ifPresent(builder::baseUrl);
        return builder.build();
    }
}
