package dev.evalunit.engine;

import dev.evalunit.api.spi.ProviderContext;
import org.junit.platform.engine.ConfigurationParameters;

import java.util.Optional;
import java.util.function.Function;

/** A provider's view of the run configuration ({@code evalunit.provider.<id>.<key>}) and the environment. */
record ConfiguredProviderContext(String providerId, ConfigurationParameters configuration,
                                 Function<String, String> environmentVariables) implements ProviderContext {

    @Override
    public Optional<String> setting(String key) {
        return configuration.get(Constants.PROVIDER_PREFIX + providerId + "." + key);
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(environmentVariables.apply(name)).filter(value -> !value.isBlank());
    }
}
