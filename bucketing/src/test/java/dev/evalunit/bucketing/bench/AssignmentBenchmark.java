package dev.evalunit.bucketing.bench;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.BucketingMode;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.LiveExperiment;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.safety.InMemoryFlagSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Assignments per second on one thread through the full {@link LiveExperiment#assign} path (active flag,
 * dates from the system clock, kill switch lookup, pause check, holdback, traffic and split), in both
 * modes, over 4096 distinct user ids like {@code user-1234567}. The same workload in Node.js:
 * {@code src/test/node/bench-assign.js}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AssignmentBenchmark {

    private static final int USERS = 4096;

    private final String[] users = new String[USERS];
    private LiveExperiment seedCompatible;
    private LiveExperiment stable;
    private int next;

    @Setup
    public void setUp() {
        for (int i = 0; i < USERS; i++) {
            users[i] = "user-" + (1_000_000 + i * 7919);
        }
        InMemoryFlagSource flags = new InMemoryFlagSource();
        flags.kill("some-other-experiment");
        seedCompatible = new LiveExperiment(experiment(BucketingMode.SEED_COMPATIBLE), Clock.systemUTC(), flags);
        stable = new LiveExperiment(experiment(BucketingMode.STABLE), Clock.systemUTC(), flags);
    }

    private static ExperimentDefinition experiment(BucketingMode mode) {
        return ExperimentDefinition.builder("exp_summarize_v2").mode(mode).targetPercent(50)
                .variant("control", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514"))
                .variant("treatment", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514").withTemperature(0.2))
                .build();
    }

    @Benchmark
    public Assignment seedCompatible() {
        return seedCompatible.assign(users[next++ & (USERS - 1)]);
    }

    @Benchmark
    public Assignment stable() {
        return stable.assign(users[next++ & (USERS - 1)]);
    }
}
