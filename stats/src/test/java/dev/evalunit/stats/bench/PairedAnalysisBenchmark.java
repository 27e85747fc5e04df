package dev.evalunit.stats.bench;

import dev.evalunit.stats.PairedAnalysis;
import dev.evalunit.stats.PairedCases;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full offline comparison (paired t, seeded paired bootstrap, Wilcoxon) of 10,000 cases with 3
 * repeats each, with 10,000 bootstrap resamples, on one thread. Target: under 1 s per analysis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class PairedAnalysisBenchmark {

    @Param("10000")
    int cases;

    @Param("10000")
    int resamples;

    private double[][] control;
    private double[][] treatment;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        control = new double[cases][3];
        treatment = new double[cases][3];
        for (int c = 0; c < cases; c++) {
            double caseMean = random.nextDouble();
            for (int k = 0; k < 3; k++) {
                control[c][k] = caseMean + 0.3 * random.nextGaussian();
                treatment[c][k] = caseMean + 0.02 + 0.3 * random.nextGaussian();
            }
        }
    }

    /** From raw repeat scores to all three results. */
    @Benchmark
    public PairedAnalysis pairedAnalysis() {
        return PairedAnalysis.of(control, treatment, 0.95, resamples, 42);
    }

    /** Pairing alone, to show where the time goes. */
    @Benchmark
    public PairedCases pairing() {
        return PairedCases.of(control, treatment);
    }
}
