package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ProviderContext;

import java.util.Map;

/**
 * Any endpoint speaking the OpenAI chat-completions protocol (vLLM, LM Studio, llama.cpp server, gateways):
 * {@code openai-compatible:<model>} with a required {@code base-url}; the key, from
 * {@code OPENAI_COMPATIBLE_API_KEY} or the variable named by {@code api-key-env}, is optional.
 */
public final class OpenAiCompatibleProvider implements ModelProvider {

    /** The provider id. */
    public static final String ID = "openai-compatible";

    private static final String KEY_VARIABLE = "OPENAI_COMPATIBLE_API_KEY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModelClient create(ProviderContext context) {
        ProviderSettings settings = ProviderSettings.read(context, KEY_VARIABLE, false, true);
        return LangChainModelClient.create(context, settings, OpenAiModels::chat, OpenAiModels::streaming);
    }

    @Override
    public Map<String, String> identity(ProviderContext context) {
        return ProviderSettings.identity(context, KEY_VARIABLE, "none");
    }
}
