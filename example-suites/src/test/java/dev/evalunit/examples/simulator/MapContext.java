package dev.evalunit.examples.simulator;

import dev.evalunit.api.spi.ProviderContext;

import java.util.Map;
import java.util.Optional;

/** A provider context from two maps, as a test configures it: provider settings and environment variables. */
record MapContext(String providerId, Map<String, String> settings, Map<String, String> variables)
        implements ProviderContext {

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }
}
