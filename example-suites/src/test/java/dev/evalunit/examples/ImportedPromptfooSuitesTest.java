package dev.evalunit.examples;

import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.examples.simulator.SimulatorOptions;
import dev.evalunit.maven.promptfoo.ImportedSuite;
import dev.evalunit.maven.promptfoo.PromptfooConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.DiscoverySelector;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * The promptfoo import end to end: five of promptfoo's published example configs (kept with their sources in the
 * maven-plugin module's test resources, {@code promptfoo/SOURCES.md}) are converted and run offline against the
 * simulator. Every converted suite is discovered without a problem, every variant answers every case, and every
 * scorer scores exactly the cases its assertion belonged to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedPromptfooSuitesTest {

    private static final Path EXAMPLES = Path.of("../maven-plugin/src/test/resources/promptfoo");
    private static final List<String> CONFIGS = List.of("getting-started", "json-output", "simple-test",
            "self-grading", "openai-model-comparison");

    private final Map<String, ImportedSuite> imported = new HashMap<>();
    private ExampleRun run;

    @BeforeAll
    void importAndRunEveryConfig(@TempDir Path directory) throws IOException {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String config : CONFIGS) {
            ImportedSuite suite = PromptfooConverter.convert(EXAMPLES.resolve(config).resolve("promptfooconfig.yaml"),
                    Optional.empty(), Optional.empty());
            imported.put(config, suite);
            selectors.add(selectFile(suite.write(directory.resolve("suites")).toFile()));
        }
        run = ExampleRun.execute(directory.resolve("runs"), "imported",
                SimulatorOptions.DEFAULTS.withTimeScale(0.02).withTimeoutDelay(Duration.ofSeconds(6)),
                // openai-model-comparison names gpt-5.2, newer than the shipped price table: preflight refuses an
                // unknown model until its price is set (the figures only feed the cost estimate against the simulator)
                Map.of("evalunit.compare.console", "false", "evalunit.retry.base-delay", "20ms",
                        "evalunit.provider.openai.price.gpt-5.2.input", "1.25",
                        "evalunit.provider.openai.price.gpt-5.2.output", "10.00"), selectors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"getting-started", "json-output", "simple-test", "self-grading", "openai-model-comparison"})
    void theConvertedSuiteRunsEveryCaseOfEveryVariantOffline(String config) throws IOException {
        ImportedSuite suite = imported.get(config);
        RunSummary summary = run.summary(config);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> variants = (List<Map<String, Object>>) suite.suite().get("variants");
        assertThat(summary.variants()).extracting(VariantSummary::variantId)
                .containsExactlyElementsOf(variants.stream().map(v -> (String) v.get("id")).toList());
        assertThat(summary.variants()).allSatisfy(v -> {
            assertThat(v.samples()).isEqualTo(suite.cases().size());
            assertThat(v.errors()).isZero();
        });
        assertThat(summary.providerNotes()).containsKey("openai");

        List<SampleRecord> samples = run.samples(config);
        assertThat(samples).hasSize(variants.size() * suite.cases().size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scorers = (List<Map<String, Object>>) suite.suite().getOrDefault("scorers", List.of());
        for (Map<String, Object> scorer : scorers) {
            @SuppressWarnings("unchecked")
            String metric = (String) ((Map<String, Object>) scorer.get("options")).get("metric");
            @SuppressWarnings("unchecked")
            Set<String> expected = scorer.containsKey("cases") ? Set.copyOf((List<String>) scorer.get("cases"))
                    : suite.cases().stream().map(c -> c.get("id")).collect(Collectors.toSet());
            Set<String> scored = samples.stream().filter(s -> s.scores().stream().map(Score::name).anyMatch(metric::equals))
                    .map(SampleRecord::caseId).collect(Collectors.toSet());
            assertThat(scored).as("cases scored by %s", metric).isEqualTo(expected);
        }
    }
}
