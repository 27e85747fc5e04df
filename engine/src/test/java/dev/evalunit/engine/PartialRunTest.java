package dev.evalunit.engine;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueIdSubstring;

/**
 * A run of one case, one variant or a dataset line passes on what ran; its comparison, gates and export are
 * skipped with a reason, the run is marked partial and the suite's {@code latest} stays on the full run.
 */
class PartialRunTest {

    private static final String FILE = "fixtures/decisions/decisions.eval.yaml";
    private static final UniqueId SUITE = UniqueId.forEngine("evalunit").append("suite", "classpath:" + FILE);

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void oneCaseByUniqueIdRunsGreenIsMarkedPartialAndLeavesLatestOnTheFullRun() throws IOException {
        EvalUnitKit.engine(output, selectClasspathResource(FILE)).execute();
        Path full = output.resolve("decisions").resolve("test-run");

        EngineExecutionResults results = run(selectUniqueId(SUITE.append("variant", "polite").append("case", "a")));

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
        Path partial = output.resolve("decisions").resolve("test-run-2");
        RunSummary summary = files.readSummary(partial);
        assertThat(summary.partial()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("1 of 2 variants, 1 of 8 cases").contains("comparison, gates and export skipped"));
        assertThat(summary.comparison()).isEmpty();
        assertThat(summary.passed()).isTrue();
        assertThat(partial.resolve("winner.json")).doesNotExist();
        assertThat(files.latest(output.resolve("decisions"))).contains(full);
        assertThat(files.readSummary(full).partial()).isEmpty();
    }

    @Test
    void theVariantsYamlLineRunsThatVariantAndSkipsComparisonAndGatesWithTheReason() throws IOException {
        EngineExecutionResults results = run(selectClasspathResource(FILE, FilePosition.from(4)),
                selectUniqueId(SUITE.append("comparison", "compare")));

        results.testEvents().assertStatistics(stats -> stats.succeeded(8).failed(0).skipped(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(), uniqueIdSubstring("comparison"),
                skippedWithReason(reason -> reason.startsWith("partial run (1 of 2 variants, 8 of 8 cases)"))));
        assertThat(files.readSummary(output.resolve("decisions").resolve("test-run")).partial()).isPresent();
        assertThat(files.latest(output.resolve("decisions"))).isEmpty();
    }

    @Test
    void theDatasetLineACaseReportsAsItsSourceSelectsThatCase() throws IOException {
        EngineExecutionResults results = run(selectClasspathResource("fixtures/yaml/capitals.jsonl",
                FilePosition.from(3)));

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(succeededCases(results)).containsExactly("de");
        assertThat(files.readSummary(output.resolve("capitals").resolve("test-run")).partial()).isPresent();
    }

    @Test
    void theDatasetFileLineOfTheSourceTreeSelectsTheSameCase() throws IOException {
        Path source = Path.of("src/test/resources/fixtures/yaml/capitals.jsonl").toAbsolutePath();
        assertThat(source).exists();

        EngineExecutionResults results = run(selectFile(source.toString(), FilePosition.from(1)));

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(succeededCases(results)).containsExactly("fr");
    }

    @Test
    void aFullRunMovesLatestToAPathOneCanGoThrough() throws IOException {
        run(selectClasspathResource(FILE));

        Path latest = output.resolve("decisions").resolve(RunFiles.LATEST);
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        assertThat(latest.resolve("winner.json")).isRegularFile();
        assertThat(files.readSummary(latest).runId()).isEqualTo("test-run");
        List<String> entries;
        try (var list = Files.list(output.resolve("decisions"))) {
            entries = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(entries).containsExactly(RunFiles.LATEST, "test-run");
    }

    private static List<String> succeededCases(EngineExecutionResults results) {
        return results.testEvents().succeeded().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue())
                .toList();
    }

    private EngineExecutionResults run(DiscoverySelector... selectors) {
        return EvalUnitKit.engine(output, selectors).execute();
    }
}
