package dev.evalunit.engine.bench;

import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.engine.decision.Observations;
import dev.evalunit.engine.decision.RunDecisions;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.engine.suite.GateSpec;
import dev.evalunit.engine.suite.DecisionSpec;
import org.junit.platform.engine.support.descriptor.ClassSource;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The comparison and gates after a large run: 2 variants × 2,000 cases × 5 repeats (20,000 samples) with a
 * scorer metric, latency and tokens, every metric compared (7 paired, with 2,000 bootstrap resamples each,
 * plus the latency percentiles) and 3 gates. The score is milliseconds per suite run.
 *
 * <pre>mvn -B -Pbench -pl engine -am process-test-classes -Dbench="ComparisonBench -f 1 -wi 2 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:ActiveProcessorCount=2"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ComparisonBench {

    static final int CASES = 2_000;
    static final int REPEATS = 5;

    private Observations observations;
    private DecisionSpec decisions;

    @Setup
    public void run() {
        List<String> caseIds = IntStream.range(0, CASES).mapToObj(i -> "c" + i).toList();
        observations = new Observations(caseIds);
        SplittableRandom random = new SplittableRandom(7);
        for (String variant : List.of("control", "candidate")) {
            double shift = variant.equals("candidate") ? 0.03 : 0;
            for (String caseId : caseIds) {
                double difficulty = random.nextDouble(-0.2, 0.2);
                List<SampleRecord> repeats = new ArrayList<>();
                for (int k = 0; k < REPEATS; k++) {
                    double quality = 0.6 + shift + difficulty + random.nextDouble(-0.1, 0.1);
                    repeats.add(new SampleRecord("bench", "run", variant, caseId, k, "f", Optional.of("answer"),
                            Optional.empty(), OptionalDouble.of(random.nextDouble(200, 900)), OptionalDouble.empty(),
                            OptionalInt.of(120), OptionalInt.of(random.nextInt(20, 80)), OptionalDouble.empty(), false,
                            1, Optional.empty(), List.of(Score.of("quality", quality, quality > 0.5, null)),
                            quality > 0.5));
                }
                observations.add(variant, caseId, true, repeats);
            }
        }
        ClassSource source = ClassSource.from(ComparisonBench.class);
        CompareSpec compare = new CompareSpec("control", "quality", List.of(), 0.05, 0.02, CompareSpec.Correction.HOLM,
                Map.of(), source);
        decisions = new DecisionSpec(Optional.of(compare), List.of(
                new GateSpec("floor", new GateSpec.Condition.Bounds(OptionalDouble.of(0.5), OptionalDouble.empty()),
                        Optional.of("quality"), Optional.empty(), false, 0, source),
                new GateSpec("non-inferior", new GateSpec.Condition.NonInferior(0.01), Optional.of("quality"),
                        Optional.of("candidate"), false, 0, source),
                new GateSpec("decided", new GateSpec.Condition.Decided(), Optional.empty(), Optional.empty(), false, 0,
                        source)), Optional.empty());
    }

    @Benchmark
    public RunDecisions decide() {
        return RunDecisions.compute(decisions, List.of("control", "candidate"), observations, Optional.empty(),
                REPEATS, 2000, 1L, List.of());
    }
}
