package dev.evalunit.examples;

import dev.evalunit.api.SampleRecord;
import dev.evalunit.api.Score;
import dev.evalunit.examples.simulator.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

class Calibrate {
    @TempDir Path out;

    @Test
    void run() throws Exception {
        long t = System.nanoTime();
        ExampleRun run = ExampleRun.execute(out, "cal", SimulatorOptions.DEFAULTS.withTimeScale(0.05), Map.of());
        System.out.println("took " + (System.nanoTime() - t) / 1e9 + " s; tests " + run.summary().getTestsSucceededCount() + " ok " + run.summary().getTestsFailedCount() + " failed; " + run.simulator());
        run.summary().getFailures().stream().limit(3).forEach(f -> System.out.println("FAIL " + f.getTestIdentifier().getDisplayName() + ": " + f.getException().getMessage().lines().limit(3).toList()));
        for (String suite : ExampleRun.SUITES) {
            Map<String, double[]> sums = new TreeMap<>();
            for (SampleRecord r : run.samples(suite)) {
                if (r.isError()) { sums.computeIfAbsent(r.variantId() + " ERR", k -> new double[2])[0]++; continue; }
                for (Score s : r.scores()) {
                    if (s.value().isPresent()) {
                        double[] a = sums.computeIfAbsent(r.variantId() + " " + s.name(), k -> new double[2]);
                        a[0] += s.value().getAsDouble(); a[1]++;
                    }
                }
                r.costUsd().ifPresent(c -> { double[] a = sums.computeIfAbsent(r.variantId() + " cost", k -> new double[2]); a[0] += c; a[1]++; });
                r.latencyMs().ifPresent(c -> { double[] a = sums.computeIfAbsent(r.variantId() + " latency", k -> new double[2]); a[0] += c; a[1]++; });
            }
            System.out.println("== " + suite);
            sums.forEach((k, a) -> System.out.printf("  %-40s %.5f (n=%d)%n", k, a[1] == 0 ? a[0] : a[0] / a[1], (int) a[1]));
        }
        System.out.println("quality " + PairedMetric.score(run.samples("exp_summarize_v2"), "control", "treatment", "quality"));
        System.out.println("similarity " + PairedMetric.score(run.samples("exp_summarize_v2"), "control", "treatment", "similarity"));
        System.out.println("label " + PairedMetric.score(run.samples("ticket-classification"), "zero-shot", "two-shot", "label-match"));
        System.out.println("correct " + PairedMetric.score(run.samples("model-swap"), "large", "small", "correctness"));
        System.out.println("cost " + PairedMetric.cost(run.samples("model-swap"), "large", "small"));
        System.out.println("routed " + PairedMetric.score(run.samples("ticket-routing"), "prompt-v1", "prompt-v2", "routed"));
        run.samples("exp_summarize_v2").stream().limit(2).forEach(r -> System.out.println(r.variantId() + ": " + r.output().orElse("") + " || " + r.scores()));
        run.samples("exp_summarize_v2").stream().filter(r -> r.variantId().equals("treatment")).limit(2).forEach(r -> System.out.println(r.variantId() + ": " + r.output().orElse("") + " || " + r.scores()));
    }
}
