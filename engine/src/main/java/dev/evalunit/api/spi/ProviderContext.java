package dev.evalunit.api.spi;

import java.util.Optional;

/**
 * What a {@link ModelProvider} may read to build its client: its own configuration keys
 * ({@code evalunit.provider.<id>.<key>}) and environment variables (for API keys, whose variable name
 * is itself configurable). Keys never come from suite files.
 */
public interface ProviderContext {

    /** The provider id this context is for. */
    String providerId();

    /** The value of {@code evalunit.provider.<id>.<key>}, if configured. */
    Optional<String> setting(String key);

    /** An environment variable, if set and not blank. */
    Optional<String> environment(String name);
}
