package dev.evalunit.engine;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.spi.ProviderContextDecorator;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.spi.RunListener;
import dev.evalunit.engine.progress.ProgressSettings;
import dev.evalunit.engine.provider.ModelCatalogue;
import dev.evalunit.engine.progress.ProviderWatch;
import dev.evalunit.engine.scheduler.Scheduler;
import dev.evalunit.engine.suite.PathConfinement;
import dev.evalunit.engine.provider.ModelRouter;
import dev.evalunit.engine.provider.InProcessProvider;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.support.store.Namespace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every suite of one engine execution shares: configuration, the run id, the output directory, the
 * run's model client, the run listeners and the executor for application code. This is the single place
 * the run's {@link ModelClient} is built.
 */
final class RunEnvironment implements AutoCloseable {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ConfigurationParameters configuration;
    private final EngineExecutionListener junit;
    private final Scheduler client;
    private final List<RunListener> listeners;
    private final ExecutorService application;
    private final Clock clock;
    private final String runId;
    private final Path output;
    private final RunFiles files = new RunFiles();
    private final ProviderContexts contexts;
    private final ProviderWatch providerWatch;
    private final ProgressSettings progress;
    private final PathConfinement paths;
    private final Preflight preflight;
    private final RunPlanner planner;

    private RunEnvironment(ConfigurationParameters configuration, EngineExecutionListener junit, Scheduler client,
                           List<RunListener> listeners, Clock clock, ProviderContexts contexts, ModelRouter router) {
        this.configuration = configuration;
        this.contexts = contexts;
        this.junit = junit;
        this.client = client;
        this.listeners = listeners;
        this.clock = clock;
        this.runId = configuration.get(Constants.RUN_ID).orElseGet(() -> RUN_ID.format(clock.instant()));
        this.output = Path.of(configuration.get(Constants.OUTPUT_DIRECTORY).orElse(Constants.OUTPUT_DIRECTORY_DEFAULT));
        this.paths = InputSettings.paths(configuration);
        int threads = configuration.get(Constants.EXECUTION_APPLICATION_THREADS, Integer::parseInt)
                .orElse(Runtime.getRuntime().availableProcessors());
        this.application = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
        this.progress = ProgressSettings.read(configuration::get);
        this.providerWatch = new ProviderWatch(clock);
        client.observe(providerWatch);
        ModelCatalogue catalogue = ModelCatalogue.defaults();
        // a replayed run and a merge of shard runs call no provider, so none needs checking
        this.preflight = new Preflight(router, catalogue, Preflight.callsNoProvider(configuration::get),
                configuration::get);
        this.planner = new RunPlanner(configuration::get, router, catalogue, files, output);
    }

    static RunEnvironment create(ExecutionRequest request) {
        ConfigurationParameters configuration = request.getConfigurationParameters();
        List<ModelProvider> providers = new ArrayList<>(ModelRouter.discoverProviders());
        providers.add(new InProcessProvider());
        SecretMask mask = new SecretMask();
        ProviderContexts contexts = new ProviderContexts(providerContextDecorator(request), configuration, mask);
        ModelRouter router = new ModelRouter(providers, contexts::context);
        // The scheduler (limits, retries, cache) wraps the router here, and nowhere else. A provider the
        // decorator replaced (its note says by what) caches apart, so a stand-in's answers never pass as the real one's.
        Scheduler client = Scheduler.fromConfiguration(new MaskedModelClient(router, mask), key -> configuration.get(key)
                .or(() -> Optional.ofNullable(schedulerDefaults(configuration).get(key))), contexts::note,
                router::identity);
        List<RunListener> listeners = ServiceLoader.load(RunListener.class,
                Thread.currentThread().getContextClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
        return new RunEnvironment(configuration, request.getEngineExecutionListener(), client, listeners,
                Clock.systemUTC(), contexts, router);
    }

    /** The launcher session's decorator of provider contexts (see {@link ProviderContextDecorator}), if any. */
    private static ProviderContextDecorator providerContextDecorator(ExecutionRequest request) {
        ProviderContextDecorator stored = request.getStore().get(Namespace.create(ProviderContextDecorator.NAMESPACE),
                ProviderContextDecorator.KEY, ProviderContextDecorator.class);
        return stored == null ? context -> context : stored;
    }

    /**
     * Defaults the scheduler gets from the engine: the cache lives under the output directory, and in-process
     * models are neither cached (their code changes while their requests do not) nor retried (they are
     * deterministic).
     */
    private static Map<String, String> schedulerDefaults(ConfigurationParameters configuration) {
        String inProcess = Constants.PROVIDER_PREFIX + InProcessProvider.ID + ".";
        return Map.of(
                Constants.CACHE_DIRECTORY, Path.of(configuration.get(Constants.OUTPUT_DIRECTORY)
                        .orElse(Constants.OUTPUT_DIRECTORY_DEFAULT), "cache").toString(),
                inProcess + Constants.PROVIDER_CACHE, "false",
                inProcess + Constants.PROVIDER_MAX_ATTEMPTS, "1");
    }

    /**
     * Each provider's context, decorated once per run. A provider whose answers all came from the cache still gets
     * decorated before its note is asked, so the note does not depend on whether its client was ever built.
     */
    private record ProviderContexts(ProviderContextDecorator decorator, ConfigurationParameters configuration,
                                    SecretMask mask, Map<String, ProviderContext> decorated) {

        ProviderContexts(ProviderContextDecorator decorator, ConfigurationParameters configuration, SecretMask mask) {
            this(decorator, configuration, mask, new ConcurrentHashMap<>());
        }

        /** The decorated context; whatever the provider reads from the environment through it is a secret. */
        ProviderContext context(String providerId) {
            return decorated.computeIfAbsent(providerId, id -> mask.watching(
                    decorator.decorate(new ConfiguredProviderContext(id, configuration, System::getenv))));
        }

        Optional<String> note(String providerId) {
            context(providerId);
            return decorator.note(providerId);
        }

        boolean simulates(String providerId) {
            context(providerId);
            return decorator.simulates(providerId);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "evalunit-application-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The decorator's notes on the given providers, by provider id (see {@link ProviderContextDecorator#note}). */
    Map<String, String> providerNotes(Collection<String> providerIds) {
        Map<String, String> notes = new TreeMap<>();
        providerIds.forEach(id -> contexts.note(id).ifPresent(note -> notes.put(id, note)));
        return notes;
    }

    /** The given providers whose answers the decorator simulated (see {@link ProviderContextDecorator#simulates}). */
    List<String> simulatedProviders(Collection<String> providerIds) {
        return providerIds.stream().filter(contexts::simulates).sorted().toList();
    }

    ConfigurationParameters configuration() {
        return configuration;
    }

    EngineExecutionListener junit() {
        return junit;
    }

    ModelClient client() {
        return client;
    }

    List<RunListener> listeners() {
        return listeners;
    }

    ExecutorService application() {
        return application;
    }

    Clock clock() {
        return clock;
    }

    String runId() {
        return runId;
    }

    Path output() {
        return output;
    }

    /** The roots exports stay under. */
    PathConfinement paths() {
        return paths;
    }

    RunFiles files() {
        return files;
    }

    /** What the scheduler's providers are doing, for progress lines. */
    ProviderWatch providerWatch() {
        return providerWatch;
    }

    /** The checks of a suite's providers before its first call. */
    Preflight preflight() {
        return preflight;
    }

    /** Makes each suite's plan before its first call. */
    RunPlanner planner() {
        return planner;
    }

    ProgressSettings progress() {
        return progress;
    }

    /** The run's secrets, masked in every file the engine writes and everything it prints. */
    SecretMask mask() {
        return contexts.mask();
    }

    /** The {@code evalunit.*} settings listeners see; provider settings are left out as they may hold keys. */
    Map<String, String> listenerSettings() {
        Map<String, String> settings = new TreeMap<>();
        configuration.keySet().stream()
                .filter(key -> key.startsWith("evalunit.") && !key.startsWith(Constants.PROVIDER_PREFIX))
                .forEach(key -> configuration.get(key).ifPresent(value -> settings.put(key, value)));
        return settings;
    }

    @Override
    public void close() {
        client.close();
        application.shutdownNow();
    }
}
