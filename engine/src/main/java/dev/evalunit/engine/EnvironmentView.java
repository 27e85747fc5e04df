package dev.evalunit.engine;

import dev.evalunit.api.spi.ProviderContext;

import java.util.Optional;
import java.util.function.Function;

/** A provider context whose environment variables are looked up another way; its settings are the context's. */
record EnvironmentView(ProviderContext context, Function<String, Optional<String>> variables)
        implements ProviderContext {

    @Override
    public String providerId() {
        return context.providerId();
    }

    @Override
    public Optional<String> setting(String key) {
        return context.setting(key);
    }

    @Override
    public Optional<String> environment(String name) {
        return variables.apply(name);
    }
}
