package dev.evalunit.examples;

import dev.evalunit.api.spi.ProviderContextDecorator;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.examples.simulator.SimulatedProviders;
import dev.evalunit.examples.simulator.Simulator;
import dev.evalunit.examples.simulator.SimulatorOptions;
import dev.evalunit.examples.simulator.SimulatorStats;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * One run of every example suite against a simulator the test configures, in a launcher session of its own, with
 * the run output in a directory of the test's choosing.
 *
 * @param output    the run output root
 * @param runId     the run id
 * @param summary   the launcher's test summary
 * @param simulator what the simulator answered and injected
 * @param console   what the run printed about simulation
 */
record ExampleRun(Path output, String runId, TestExecutionSummary summary, SimulatorStats simulator, String console) {

    /** The suite ids of the four examples. */
    static final List<String> SUITES = List.of("exp_summarize_v2", "ticket-classification", "model-swap",
            "ticket-routing");

    static ExampleRun execute(Path output, String runId, SimulatorOptions options, Map<String, String> configuration) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        SimulatorStats stats;
        try (SimulatedProviders providers = new SimulatedProviders(options,
                new PrintStream(console, true, StandardCharsets.UTF_8));
             LauncherSession session = LauncherFactory.openSession(LauncherConfig.builder()
                     .enableLauncherSessionListenerAutoRegistration(false).build())) {
            session.getStore().put(Namespace.create(ProviderContextDecorator.NAMESPACE), ProviderContextDecorator.KEY,
                    providers);
            session.getLauncher().execute(request()
                    .selectors(selectPackage("examples"), selectClass(TicketRoutingEval.class))
                    .filters(includeEngines("evalunit"))
                    .configurationParameter("evalunit.output.directory", output.toString())
                    .configurationParameter("evalunit.run.id", runId)
                    .configurationParameter("evalunit.cache.mode", "off")
                    .configurationParameters(configuration)
                    .build(), listener);
            stats = providers.started().map(Simulator::stats).orElseThrow(() ->
                    new AssertionError("no suite called a simulated provider"));
        }
        return new ExampleRun(output, runId, listener.getSummary(), stats, console.toString(StandardCharsets.UTF_8));
    }

    Path directory(String suite) {
        return output.resolve(suite).resolve(runId);
    }

    RunSummary summary(String suite) throws IOException {
        return new RunFiles().readSummary(directory(suite));
    }

    List<SampleRecord> samples(String suite) throws IOException {
        try (Stream<SampleRecord> records = new RunFiles().readResults(directory(suite))) {
            return records.toList();
        }
    }

    boolean has(String suite, String file) {
        return Files.isRegularFile(directory(suite).resolve(file));
    }
}
