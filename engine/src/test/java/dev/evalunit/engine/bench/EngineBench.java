package dev.evalunit.engine.bench;

import dev.evalunit.engine.Constants;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The engine's own cost per sample: a YAML suite of 2 variants × 10,000 JSONL cases × 5 repeats
 * (100,000 samples) on the instant {@code inprocess:echo} model with one deterministic scorer, run through
 * the JUnit launcher (discovery, 20,000 test events with report entries, scoring, results.jsonl,
 * summary.json). The score is microseconds per sample; the fork runs with {@code -Xmx512m} and prints the
 * peak heap of the run.
 *
 * <pre>mvn -B -Pbench -pl engine -am process-test-classes -Dbench="EngineBench -f 1 -wi 2 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:ActiveProcessorCount=2"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class EngineBench {

    static final int VARIANTS = 2;
    static final int CASES = 10_000;
    static final int REPEATS = 5;
    static final int SAMPLES = VARIANTS * CASES * REPEATS;

    private Path directory;
    private Path output;
    private Launcher launcher;
    private LauncherDiscoveryRequest request;
    private final AtomicLong passed = new AtomicLong();

    @Setup(Level.Trial)
    public void writeSuite() throws IOException {
        directory = Files.createTempDirectory("evalunit-bench");
        output = directory.resolve("out");
        Path suite = directory.resolve("bench.eval.yaml");
        Files.writeString(suite, """
                id: bench
                dataset: cases.jsonl
                repeats: %d
                variants:
                  - id: short
                    model: inprocess:echo
                    prompt: "Q: {{question}}"
                  - id: long
                    model: inprocess:echo
                    system: You answer in one line.
                    prompt: "Please answer this question: {{question}} (expected {{expected}})"
                scorers:
                  - name: test-contains
                """.formatted(REPEATS));
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("cases.jsonl"))) {
            for (int i = 0; i < CASES; i++) {
                out.write("{\"id\":\"case-" + i + "\",\"question\":\"what is " + i + " + 1?\",\"expected\":\"" + i
                        + "\"}\n");
            }
        }
        launcher = LauncherFactory.create();
        request = request().selectors(selectFile(suite.toFile())).filters(includeEngines(Constants.ENGINE_ID))
                .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString()).build();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long run() {
        passed.set(0);
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    passed.incrementAndGet();
                }
            }
        });
        if (passed.get() != VARIANTS * CASES) {
            throw new IllegalStateException("expected " + VARIANTS * CASES + " passed cases, got " + passed.get());
        }
        return passed.get();
    }

    @TearDown(Level.Iteration)
    public void dropOutput() throws IOException {
        delete(output);
    }

    @TearDown(Level.Trial)
    public void reportPeakHeap() throws IOException {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%npeak heap (sum of heap pool peaks): %d MiB, max heap %d MiB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        delete(directory);
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
