package dev.evalunit.api;

import dev.evalunit.api.spi.ModelProvider;
import java.util.Objects;

/**
 * A model reference as written in suites: {@code provider:model}, e.g. {@code openai:gpt-4o-mini} or
 * {@code anthropic:claude-3-5-haiku-latest}. The model part may itself contain colons
 * ({@code ollama:llama3.2:1b}).
 *
 * @param provider the provider id, matching {@link ModelProvider#id()}
 * @param model    the provider's model name
 */
public record ModelRef(String provider, String model) {

    public ModelRef {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("model reference needs a provider, as in 'openai:gpt-4o-mini'");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model reference '" + provider + ":' names no model");
        }
    }

    /**
     * Parses {@code provider:model}.
     *
     * @throws IllegalArgumentException naming the text when it has no {@code provider:} prefix or no model
     */
    public static ModelRef parse(String reference) {
        Objects.requireNonNull(reference, "reference");
        int colon = reference.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "model reference '" + reference + "' must be 'provider:model', e.g. 'openai:gpt-4o-mini'");
        }
        return new ModelRef(reference.substring(0, colon).trim(), reference.substring(colon + 1).trim());
    }

    @Override
    public String toString() {
        return provider + ":" + model;
    }
}
