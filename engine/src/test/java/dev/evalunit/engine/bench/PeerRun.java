package dev.evalunit.engine.bench;

import dev.evalunit.engine.Constants;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs one suite file through the JUnit launcher in a fresh JVM, as a build would, for the peer benchmark
 * ({@code bench/peer/run.sh}): {@code PeerRun <suite.eval.yaml> <output directory>}. Engine settings come from
 * {@code -Devalunit.*} system properties. Prints the passed and failed case tests and the wall time.
 */
public final class PeerRun {

    private PeerRun() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        AtomicLong passed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        launcher.execute(request().selectors(selectFile(Path.of(args[0]).toFile()))
                .filters(includeEngines(Constants.ENGINE_ID))
                .configurationParameter(Constants.OUTPUT_DIRECTORY, args[1]).build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                        if (identifier.isTest()) {
                            (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed)
                                    .incrementAndGet();
                        }
                    }
                });
        System.out.printf("evalunit: %d tests passed, %d failed, %.3f s%n", passed.get(), failed.get(),
                (System.nanoTime() - started) / 1e9);
        System.exit(failed.get() == 0 ? 0 : 1);
    }
}
