package dev.evalunit.examples;

import dev.evalunit.api.run.AdaptiveRepeatsResult;
import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.examples.simulator.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * Calls saved by adaptive repeats on the YAML example suites, run at 4 repeats with and without
 * {@code evalunit.adaptive-repeats} against the simulator: prints, per suite, the fixed design's calls, the adaptive
 * run's calls (saved, reallocated) and both runs' decisions. Opt-in: {@code -Devalunit.bench.adaptive=true}.
 */
@EnabledIfSystemProperty(named = "evalunit.bench.adaptive", matches = "true")
class AdaptiveRepeatsBenchmarkTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final List<String> SUITES = List.of("exp_summarize_v2", "ticket-classification", "model-swap");
    private static final int REPEATS = 4;
    private static final Map<String, String> SETTINGS = Map.of("evalunit.compare.console", "false",
            "evalunit.retry.base-delay", "20ms");
    private static final SimulatorOptions SIMULATOR = SimulatorOptions.DEFAULTS.withTimeScale(0.02)
            .withTimeoutDelay(Duration.ofSeconds(6));

    @Test
    void adaptiveRepeatsStayWithinTheFixedDesignsCalls(@TempDir Path directory) throws IOException {
        Path suites = copyWithRepeats(directory.resolve("suites"));
        ExampleRun fixed = ExampleRun.execute(directory.resolve("runs"), "fixed", SIMULATOR, SETTINGS,
                List.of(selectDirectory(suites.toFile())));
        Map<String, String> adaptiveSettings = new HashMap<>(SETTINGS);
        adaptiveSettings.put("evalunit.adaptive-repeats", "true");
        ExampleRun adaptive = ExampleRun.execute(directory.resolve("runs"), "adaptive", SIMULATOR, adaptiveSettings,
                List.of(selectDirectory(suites.toFile())));

        System.out.println("suite | fixed calls | adaptive calls | saved | reallocated | cases given more / stopped"
                + " | fixed decision | adaptive decision");
        for (String suite : SUITES) {
            RunSummary fixedSummary = fixed.summary(suite);
            RunSummary adaptiveSummary = adaptive.summary(suite);
            AdaptiveRepeatsResult result = adaptiveSummary.adaptiveRepeats().orElseThrow();
            long fixedCalls = samples(fixedSummary);
            assertThat(fixedCalls).isEqualTo(result.callsBudget());
            assertThat(result.callsMade()).isLessThanOrEqualTo(result.callsBudget())
                    .isEqualTo(samples(adaptiveSummary)).isEqualTo(adaptive.samples(suite).size());
            System.out.printf(Locale.ROOT, "%s | %d | %d | %d (%.1f%%) | %d | %d / %d of %d | %s | %s%n", suite, fixedCalls,
                    result.callsMade(), result.callsSaved(), 100.0 * result.callsSaved() / result.callsBudget(),
                    result.callsReallocated(), result.casesGivenMore(), result.casesStopped(), result.cases(),
                    decisions(fixedSummary), decisions(adaptiveSummary));
        }
    }

    /** The example suites, with their datasets, at {@value #REPEATS} repeats instead of 2. */
    private static Path copyWithRepeats(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(EXAMPLES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                if (file.getFileName().toString().endsWith(".eval.yaml")) {
                    String suite = Files.readString(file);
                    assertThat(suite).as("%s", file).contains("\nrepeats: 2\n");
                    Files.writeString(copy, suite.replace("\nrepeats: 2\n", "\nrepeats: " + REPEATS + "\n"));
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static long samples(RunSummary summary) {
        return summary.variants().stream().mapToLong(VariantSummary::samples).sum();
    }

    private static String decisions(RunSummary summary) {
        Comparison comparison = summary.comparison().orElseThrow();
        return summary.variants().stream().map(VariantSummary::variantId)
                .filter(id -> !id.equals(comparison.baselineId()))
                .map(id -> id + " " + comparison.decision(id).map(d -> String.format(Locale.ROOT, "%s [%.3f, %.3f]",
                        d.outcome(), d.ciLow(), d.ciHigh())).orElse("-"))
                .collect(Collectors.joining(", "));
    }
}
