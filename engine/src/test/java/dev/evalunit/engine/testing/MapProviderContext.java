package dev.evalunit.engine.testing;

import dev.evalunit.api.spi.ProviderContext;

import java.util.Map;
import java.util.Optional;

/** A {@link ProviderContext} over maps: settings by short key, environment by variable name. */
public record MapProviderContext(String providerId, Map<String, String> settings, Map<String, String> env)
        implements ProviderContext {

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
