package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ProviderContext;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import org.apiguardian.api.API;

import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A local or remote Ollama server ({@code ollama:llama3.2:1b}); {@code base-url} defaults to
 * {@value #DEFAULT_BASE_URL}. A local server needs no key; when {@code OLLAMA_API_KEY} (or the variable named by
 * {@code api-key-env}) is set, it is sent as a bearer token, as Ollama's hosted API expects.
 */
@API(status = INTERNAL, since = "0.1")
public final class OllamaProvider implements ModelProvider {

    /** The provider id. */
    public static final String ID = "ollama";

    /** Ollama's default address. */
    public static final String DEFAULT_BASE_URL = "http://localhost:11434";

    private static final String KEY_VARIABLE = "OLLAMA_API_KEY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModelClient create(ProviderContext context) {
        ProviderSettings settings = ProviderSettings.read(context, KEY_VARIABLE, false, false);
        return LangChainModelClient.create(context, settings, OllamaProvider::chat, OllamaProvider::streaming);
    }

    @Override
    public Map<String, String> identity(ProviderContext context) {
        return ProviderSettings.identity(context, KEY_VARIABLE, DEFAULT_BASE_URL);
    }

    private static Map<String, String> authorization(ProviderSettings settings) {
        return settings.apiKey().map(key -> Map.of("Authorization", "Bearer " + key.value())).orElse(Map.of());
    }

    private static ChatModel chat(ProviderSettings settings, RetryAfterHttpClientBuilder http) {
        return OllamaChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(settings.baseUrl().orElse(DEFAULT_BASE_URL))
                .customHeaders(authorization(settings))
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
    }

    private static StreamingChatModel streaming(ProviderSettings settings, RetryAfterHttpClientBuilder http) {
        return OllamaStreamingChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(settings.baseUrl().orElse(DEFAULT_BASE_URL))
                .customHeaders(authorization(settings))
                .timeout(settings.timeout())
                .build();
    }
}
