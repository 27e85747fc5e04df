package dev.evalunit.engine;

import dev.evalunit.api.run.HistoryEntry;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** Each full run appends one line per variant to the suite's {@code history.jsonl}; partial runs do not. */
class HistoryTest {

    private static final String SUITE = "fixtures/history/history.eval.yaml";

    @TempDir
    Path output;
    private final RunFiles files = new RunFiles();

    private void run(Map<String, String> settings) {
        EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                .configurationParameter(Constants.COMPARE_CONSOLE, "false")
                .configurationParameters(settings)
                .selectors(selectClasspathResource(SUITE)).execute();
    }

    @Test
    void everyFullRunAddsOneLinePerVariantWithItsCommitMetricGatesAndCost() throws IOException {
        run(Map.of(Constants.HISTORY_COMMIT, "1111111", Constants.RUN_ID, "first"));
        run(Map.of(Constants.FILTER_CASES, "ada", Constants.RUN_ID, "partial"));
        run(Map.of(Constants.HISTORY, "false", Constants.RUN_ID, "off"));
        run(Map.of(Constants.EXPORT_GIT_COMMIT, "2222222", Constants.RUN_ID, "second"));

        Path suite = output.resolve("history");
        List<HistoryEntry> history = files.readHistory(suite);
        assertThat(history).extracting(HistoryEntry::runId, HistoryEntry::variantId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", "bare"),
                        org.assertj.core.groups.Tuple.tuple("first", "greeting"),
                        org.assertj.core.groups.Tuple.tuple("second", "bare"),
                        org.assertj.core.groups.Tuple.tuple("second", "greeting"));
        assertThat(history.subList(0, 2)).allSatisfy(e -> assertThat(e.commit()).contains("1111111"));
        assertThat(history.subList(2, 4)).allSatisfy(e -> assertThat(e.commit()).contains("2222222"));

        RunSummary second = files.readSummary(suite.resolve("second"));
        HistoryEntry bare = history.get(2);
        HistoryEntry greeting = history.get(3);
        MetricStats greetingStats = second.comparison().orElseThrow().metric("test-contains").orElseThrow()
                .variants().get(1);
        assertThat(greeting.metric()).contains("test-contains");
        assertThat(greeting.mean()).hasValue(greetingStats.mean()).hasValue(1.0);
        assertThat(greeting.ciLow()).isEqualTo(greetingStats.ciLow());
        assertThat(greeting.ciHigh()).isEqualTo(greetingStats.ciHigh());
        assertThat(greeting.decision()).contains(second.comparison().orElseThrow().decisions().get(0).outcome().name());
        assertThat(greeting.baseline()).isFalse();
        assertThat(greeting.gatesPassed()).isTrue();
        assertThat(greeting.cases()).isEqualTo(8);
        assertThat(greeting.date()).isEqualTo(second.finishedAt());
        assertThat(bare.baseline()).isTrue();
        assertThat(bare.decision()).isEmpty();
        assertThat(bare.mean()).hasValue(0.25);
        assertThat(bare.casesPassed()).isEqualTo(2);
        assertThat(bare.gatesPassed()).isFalse();
        assertThat(bare.failedGates()).containsExactly("bare answers");
    }

    @Test
    void aBrokenHistoryLineIsNamedByFileAndLine() throws IOException {
        Path suite = Files.createDirectories(output.resolve("history"));
        Files.writeString(suite.resolve(HistoryEntry.FILE), "{\"suiteId\":\"history\"}\nnot json\n");
        assertThatThrownBy(() -> files.readHistory(suite)).hasMessageContaining(HistoryEntry.FILE + ":1");
    }
}
