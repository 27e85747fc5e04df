package dev.evalunit.examples.simulator;

import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.spi.ProviderContextDecorator;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Points the {@code openai} and {@code anthropic} providers at the offline simulator when they have neither an API
 * key in their environment variable nor a configured base URL; a provider with either is left alone and talks to
 * the real service. The simulator starts on the first provider that needs it, and is stopped by {@link #close()}.
 * The simulated providers get a {@link #note} saying so, which the run summaries and reports carry.
 * Providers whose endpoint is always configured ({@code openai-compatible}, {@code ollama}) are never simulated.
 */
public final class SimulatedProviders implements ProviderContextDecorator, AutoCloseable {

    /** The placeholder a simulated provider gets as its key: the simulator checks none. */
    static final String PLACEHOLDER_KEY = "simulated-no-key";

    /** Provider id to the environment variable holding its key, for the providers that can be simulated. */
    private static final Map<String, String> KEY_VARIABLES = Map.of("openai", "OPENAI_API_KEY",
            "anthropic", "ANTHROPIC_API_KEY");

    private final SimulatorOptions options;
    private final PrintStream console;
    private final Set<String> simulated = ConcurrentHashMap.newKeySet();
    private Simulator simulator;

    /**
     * @param options how the simulator behaves once started
     * @param console where to say that a provider is simulated
     */
    public SimulatedProviders(SimulatorOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    @Override
    public ProviderContext decorate(ProviderContext context) {
        String keyVariable = KEY_VARIABLES.get(context.providerId());
        if (keyVariable == null) {
            return context;
        }
        String variable = context.setting("api-key-env").filter(name -> !name.isBlank()).orElse(keyVariable);
        if (context.environment(variable).isPresent() || context.setting("base-url").isPresent()) {
            return context;
        }
        Simulator running = simulator();
        String baseUrl = context.providerId().equals("anthropic") ? running.anthropicBaseUrl() : running.openAiBaseUrl();
        console.printf("EvalUnit: %s is not set, so '%s' models are SIMULATED by the offline simulator at %s "
                        + "(seed %d, fault rate %.2f); their outputs, scores and costs are not a real model's.%n",
                variable, context.providerId(), baseUrl, options.seed(), options.faultRate());
        simulated.add(context.providerId());
        return new Simulated(context, variable, baseUrl);
    }

    @Override
    public Optional<String> note(String providerId) {
        return simulated.contains(providerId) ? Optional.of(String.format(Locale.ROOT,
                "simulated by the offline EvalUnit model simulator (seed %d, fault rate %.2f): outputs, scores and "
                        + "costs are not a real model's", options.seed(), options.faultRate())) : Optional.empty();
    }

    /** The running simulator, if a provider has needed it. */
    public synchronized Optional<Simulator> started() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    private synchronized Simulator simulator() {
        if (simulator == null) {
            simulator = Simulator.start(options);
        }
        return simulator;
    }

    /** A provider's context with the simulator's base URL and a placeholder key. */
    private record Simulated(ProviderContext configured, String keyVariable, String baseUrl) implements ProviderContext {

        @Override
        public String providerId() {
            return configured.providerId();
        }

        @Override
        public Optional<String> setting(String key) {
            return key.equals("base-url") ? Optional.of(baseUrl) : configured.setting(key);
        }

        @Override
        public Optional<String> environment(String name) {
            return name.equals(keyVariable) ? Optional.of(PLACEHOLDER_KEY) : configured.environment(name);
        }
    }
}
