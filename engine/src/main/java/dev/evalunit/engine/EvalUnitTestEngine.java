package dev.evalunit.engine;

import dev.evalunit.engine.provider.HttpClientPreload;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The {@code evalunit} JUnit Platform engine: discovers {@code *.eval.yaml} suites and
 * {@link dev.evalunit.api.EvalSuite} classes, and runs every selected variant × case × repeat.
 */
@API(status = INTERNAL, since = "0.1")
public final class EvalUnitTestEngine extends HierarchicalTestEngine<EvalUnitExecutionContext> {

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.evalunit");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("evalunit-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        PlatformVersion.require();
        preloadHttp(request.getConfigurationParameters());
        EvalUnitEngineDescriptor engine = new EvalUnitEngineDescriptor(uniqueId);
        new DiscoverySelectorResolver().resolve(request, engine);
        SuiteIdClashes.fail(engine);
        RunFilter.from(request.getConfigurationParameters()).apply(engine);
        return engine;
    }

    /** Starts the HTTP providers' one-time set-up while suites are discovered, unless the run calls no provider. */
    private static void preloadHttp(ConfigurationParameters configuration) {
        try {
            if (!configuration.getBoolean(Constants.DRY_RUN).orElse(false)
                    && !Preflight.callsNoProvider(configuration::get)) {
                HttpClientPreload.start();
            }
        } catch (IllegalArgumentException malformed) {
            // the run reports a malformed setting where it reads it; no head start meanwhile
        }
    }

    /** The run's environment (thread pool, scheduler, cache) is built only when a suite will run. */
    @Override
    protected EvalUnitExecutionContext createExecutionContext(ExecutionRequest request) {
        boolean anySuite = request.getRootTestDescriptor().getChildren().stream()
                .anyMatch(SuiteDescriptor.class::isInstance);
        return new EvalUnitExecutionContext(anySuite ? Optional.of(RunEnvironment.create(request)) : Optional.empty(),
                Optional.empty());
    }
}
