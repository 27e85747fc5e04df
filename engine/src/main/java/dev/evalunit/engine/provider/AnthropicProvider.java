package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ProviderContext;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import org.apiguardian.api.API;

import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Anthropic ({@code anthropic:claude-3-5-haiku-latest}); key from {@code ANTHROPIC_API_KEY} by default. */
@API(status = INTERNAL, since = "0.1")
public final class AnthropicProvider implements ModelProvider {

    /** The provider id. */
    public static final String ID = "anthropic";

    private static final String KEY_VARIABLE = "ANTHROPIC_API_KEY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModelClient create(ProviderContext context) {
        ProviderSettings settings = ProviderSettings.read(context, KEY_VARIABLE, true, false);
        return LangChainModelClient.create(context, settings, AnthropicProvider::chat, AnthropicProvider::streaming);
    }

    @Override
    public Map<String, String> identity(ProviderContext context) {
        return ProviderSettings.identity(context, KEY_VARIABLE, "https://api.anthropic.com/v1");
    }

    private static ChatModel chat(ProviderSettings settings, RetryAfterHttpClientBuilder http) {
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .httpClientBuilder(http)
                .apiKey(settings.apiKey().orElseThrow().value())
                .timeout(settings.timeout())
                .maxRetries(0);
        settings.baseUrl().ifPresent(builder::baseUrl);
        return builder.build();
    }

    private static StreamingChatModel streaming(ProviderSettings settings, RetryAfterHttpClientBuilder http) {
        AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder builder = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(http)
                .apiKey(settings.apiKey().orElseThrow().value())
                .timeout(settings.timeout());
        settings.baseUrl().ifPresent(builder::baseUrl);
        return builder.build();
    }
}
