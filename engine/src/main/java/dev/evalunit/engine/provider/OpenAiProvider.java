package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ProviderContext;

import java.util.Map;

/** OpenAI ({@code openai:gpt-4o-mini}); key from {@code OPENAI_API_KEY} unless {@code api-key-env} says otherwise. */
public final class OpenAiProvider implements ModelProvider {

    /** The provider id. */
    public static final String ID = "openai";

    private static final String KEY_VARIABLE = "OPENAI_API_KEY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModelClient create(ProviderContext context) {
        ProviderSettings settings = ProviderSettings.read(context, KEY_VARIABLE, true, false);
        return LangChainModelClient.create(context, settings, OpenAiModels::chat, OpenAiModels::streaming);
    }

    @Override
    public Map<String, String> identity(ProviderContext context) {
        return ProviderSettings.identity(context, KEY_VARIABLE, "https://api.openai.com/v1");
    }
}
