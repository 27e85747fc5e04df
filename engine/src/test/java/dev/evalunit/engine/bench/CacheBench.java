package dev.evalunit.engine.bench;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.engine.cache.CacheClaim;
import dev.evalunit.engine.cache.CacheKey;
import dev.evalunit.engine.cache.CacheMode;
import dev.evalunit.engine.cache.ResponseCache;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The response cache's cost per call, as the scheduler uses it: a miss (key, lookup, claim, store of a
 * 200-character answer, release) in a fresh directory, and a hit (key and lookup) of a run that finds 10,000
 * answers stored by an earlier run. Microseconds per call, one thread, on the file system of the temporary
 * directory.
 *
 * <pre>mvn -B -pl engine -am process-test-classes -Dbench.module=engine -Dbench="CacheBench"</pre>
 *
 * <p>JMH measures wall time, which on a loaded machine says more about the other processes. {@link #main} runs
 * the same calls and prints the thread's CPU time per call instead (user and system, so the file system's
 * work is included): {@code java -cp <engine test classpath> dev.evalunit.engine.bench.CacheBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CacheBench {

    static final int STORED = 10_000;
    private static final Map<String, String> IDENTITY = Map.of("endpoint", "http://127.0.0.1:8080/v1");
    private static final ModelResponse ANSWER = ModelResponse.builder("ok ".repeat(66), Duration.ofMillis(12))
            .usage(new TokenUsage(20, 66)).finishReason("STOP").costUsd(0.00012).attempts(1).build();

    private Path directory;
    private ResponseCache cache;
    private ResponseCache rerun;
    private int next;

    static ModelRequest request(int i) {
        return new ModelRequest(ModelRef.parse("openai-compatible:bench"),
                List.of(Message.user("Please answer this question: what is " + i + " + 1?")), SamplingParams.DEFAULTS,
                0);
    }

    @Setup(Level.Iteration)
    public void freshDirectory() throws IOException {
        directory = Files.createTempDirectory("evalunit-cache-bench");
        cache = new ResponseCache(directory.resolve("miss"), CacheMode.READ_WRITE);
        ResponseCache earlier = new ResponseCache(directory.resolve("hit"), CacheMode.READ_WRITE);
        for (int i = 0; i < STORED; i++) {
            ModelRequest request = request(i);
            earlier.store(earlier.key(request, IDENTITY), request, ANSWER);
        }
        rerun = new ResponseCache(directory.resolve("hit"), CacheMode.READ_WRITE);
        next = 0;
    }

    @TearDown(Level.Iteration)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Four rounds of 10,000 misses and then 10,000 hits, each in a fresh directory; prints CPU µs per call. */
    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CacheBench bench = new CacheBench();
        for (int round = 1; round <= 4; round++) {
            bench.freshDirectory();
            long started = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < STORED; i++) {
                bench.miss();
            }
            long missed = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < STORED; i++) {
                bench.hit();
            }
            long hit = threads.getCurrentThreadCpuTime();
            System.out.printf("round %d: miss %.1f µs CPU per call, hit %.1f µs CPU per call%n", round,
                    (missed - started) / 1e3 / STORED, (hit - missed) / 1e3 / STORED);
            bench.deleteDirectory();
        }
    }

    @Benchmark
    public Optional<ModelResponse> miss() {
        ModelRequest request = request(next++);
        CacheKey key = cache.key(request, IDENTITY);
        Optional<ModelResponse> found = cache.lookup(key);
        try (CacheClaim claim = cache.claim(key).orElseThrow()) {
            cache.store(key, request, ANSWER);
        }
        return found;
    }

    @Benchmark
    public ModelResponse hit() {
        ModelRequest request = request(next++ % STORED);
        return rerun.lookup(rerun.key(request, IDENTITY)).orElseThrow();
    }
}
