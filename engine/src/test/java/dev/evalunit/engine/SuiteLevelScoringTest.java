package dev.evalunit.engine;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SuiteFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.evalunit.engine.suite.Problem;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** Suite-level scorers through the engine: what they are handed, where their findings land, and their failures. */
class SuiteLevelScoringTest {

    @TempDir
    Path output;

    @Test
    void findingsLandInTheSummaryAndOnTheSuiteNodeAndAFailingScorerBecomesAFailedFinding() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/suite-level/pairs.eval.yaml")).execute();
        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));

        RunSummary summary = new RunFiles().readSummary(output.resolve("pairs").resolve("test-run"));
        assertThat(summary.findings()).hasSize(2);
        SuiteFinding.Pairwise counted = (SuiteFinding.Pairwise) summary.findings().get(0);
        assertThat(counted.variantId()).isEqualTo("terse");
        assertThat(counted.baselineId()).as("the first variant, without a compare block").isEqualTo("polite");
        assertThat(counted.wins()).as("cases both variants ran").isEqualTo(2);
        assertThat(counted.ties()).as("the variant's samples: 2 cases x 2 repeats").isEqualTo(4);
        assertThat(summary.findings().get(1)).isEqualTo(
                new SuiteFinding.Failed("test-pair-count", "test-pair-count", "*", "no judge model"));

        Map<String, String> entry = results.containerEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType()
                        .equals(SuiteDescriptor.SEGMENT))
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .findFirst().orElseThrow();
        assertThat(entry).containsEntry("test-pair-count 2", "scorer 'test-pair-count' failed: no judge model")
                .containsKey("test-pair-count 1");
    }

    @Test
    void aSuiteLevelOnlyScorerWithNothingToComputeIsADiscoveryIssue() {
        List<Problem> problems = EvalUnitKit.problems(EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/suite-level/nothing-to-do.eval.yaml")));
        assertThat(problems).extracting(Problem::toString).anySatisfy(m -> assertThat(m)
                .startsWith("src/test/resources/fixtures/suite-level/nothing-to-do.eval.yaml:7: ")
                .contains("scorer 'test-pair-count' scores the whole suite but, as declared, has nothing to compute"));
    }
}
