package dev.evalunit.api;

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
}
