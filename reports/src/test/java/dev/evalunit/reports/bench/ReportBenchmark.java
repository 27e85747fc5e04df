package dev.evalunit.reports.bench;

import dev.evalunit.reports.ReportWriter;
import dev.evalunit.reports.RunFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rendering a 10,000-case run (2 variants, 1 repeat, 3 scores with a judge's reasoning per sample, an error
 * every 97th call): build the view model from summary.json and results.jsonl and write report.html and
 * summary.md. Prints the report's size once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    private Path directory;
    private Path run;
    private final ReportWriter writer = new ReportWriter();

    @Setup(Level.Trial)
    public void writeRun() throws IOException {
        directory = Files.createTempDirectory("evalunit-report-bench");
        run = new RunFixture().variants(2).cases(10_000).repeats(1).judgeRepeats(1).errorEvery(97)
                .write(directory.resolve("run"));
    }

    @Benchmark
    public ReportWriter.Written render10000Cases() throws IOException {
        return writer.write(run);
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        System.out.printf("%nreport.html: %.2f MiB, results.jsonl: %.2f MiB%n",
                Files.size(run.resolve(ReportWriter.HTML)) / 1048576.0,
                Files.size(run.resolve("results.jsonl")) / 1048576.0);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
