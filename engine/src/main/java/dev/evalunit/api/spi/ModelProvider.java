package dev.evalunit.api.spi;

import dev.evalunit.api.ModelRef;
import java.util.Map;

/**
 * A model provider ({@code openai}, {@code anthropic}, {@code ollama}, ...), found through
 * {@link java.util.ServiceLoader} and chosen by the provider part of a {@link ModelRef}.
 */
public interface ModelProvider {

    /** The id used in model references, e.g. {@code openai}. */
    String id();

    /**
     * Builds the client for this provider. Called once per run, lazily, when a suite first needs it.
     *
     * @throws IllegalStateException with a message a person can act on when configuration is missing
     *                               (e.g. which environment variable should hold the API key)
     */
    ModelClient create(ProviderContext context);

    /**
     * What besides a request decides this provider's answers: e.g. the endpoint and a fingerprint of the
     * account the credential belongs to. The response cache keys answers by it (salted), and the machine-wide
     * rate limit is shared by runs with the same identity. Never a secret itself; must not fail when
     * configuration is missing ({@link #create} reports that). Default: none.
     */
    default Map<String, String> identity(ProviderContext context) {
        return Map.of();
    }
}
