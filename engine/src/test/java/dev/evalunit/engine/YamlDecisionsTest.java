package dev.evalunit.engine;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** A YAML suite's comparison and gates: nodes at their lines, decisions in the summary, winner.json exported. */
class YamlDecisionsTest {

    private static final String FILE = "fixtures/decisions/decisions.eval.yaml";

    @TempDir
    Path output;

    @Test
    void theComparisonAndGatesRunAfterTheVariantsWithSourcesAtTheirLines() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClasspathResource(FILE))
                .configurationParameter(Constants.EXPORT_GIT_COMMIT, "fedcba9876543210fedcba9876543210fedcba98")
                .execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("decisions › comparison (baseline polite, primary test-contains)"),
                        finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("decisions › gate: terse keeps up"), finishedWithFailure(message(m ->
                        m.contains("is inconclusive") && m.contains("terse − polite = -0.5")))))
                .haveExactly(1, event(test(), displayName("decisions › gate: test-contains of polite ≥ 0.9"),
                        finishedSuccessfully()));
        assertThat(source(results, "decisions › comparison (baseline polite, primary test-contains)")).isEqualTo(at(21));
        assertThat(source(results, "decisions › gate: terse keeps up")).isEqualTo(at(29));
        assertThat(source(results, "decisions › gate: test-contains of polite ≥ 0.9")).isEqualTo(at(33));
        assertThat(results.testEvents().finished().list().get(results.testEvents().finished().list().size() - 3)
                .getTestDescriptor().getDisplayName()).startsWith("decisions › comparison");

        RunFiles files = new RunFiles();
        RunSummary summary = files.readSummary(files.latest(output.resolve("decisions")).orElseThrow());
        // 4 of 8 cases lost, none won: McNemar's p = 0.125, so the decision cannot keep the control on the
        // interval alone (it used to: KEEP_CONTROL with p = 0.125).
        Decision terse = summary.comparison().orElseThrow().decision("terse").orElseThrow();
        assertThat(terse.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(terse.reason()).contains("p = 0.125");
        MetricDifference contains = summary.comparison().orElseThrow().metric("test-contains")
                .flatMap(m -> m.difference("terse")).orElseThrow();
        assertThat(contains.method()).isEqualTo(MetricDifference.BINARY);
        assertThat(contains.difference()).isEqualTo(-0.5);
        assertThat(contains.pValue()).isEqualTo(0.125);
        assertThat(contains.ciLow()).isGreaterThan(-1).isLessThan(-0.5);
        assertThat(contains.ciHigh()).isGreaterThan(-0.5).isLessThan(0);
        assertThat(terse.reason()).contains("the test does not reject");
        assertThat(summary.gates()).extracting(GateResult::status)
                .containsExactly(GateResult.Status.INCONCLUSIVE, GateResult.Status.PASSED);
        assertThat(summary.passed()).isFalse();

        WinnerFile winner = WinnerFiles.read(output.resolve("decisions/test-run/winner.json"));
        assertThat(winner.decision()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(winner.keep().variantId()).isEqualTo("polite");
        assertThat(winner.baseline().config().promptTemplate()).contains("Hello {{name}}, please");
        assertThat(winner.experimentId()).isEqualTo("greeting-style");
        assertThat(winner.gitCommit()).contains("fedcba9876543210fedcba9876543210fedcba98");
    }

    @Test
    void aGateIsSelectableByItsUniqueId() {
        UniqueId gate = UniqueId.forEngine(Constants.ENGINE_ID).append("suite", "classpath:" + FILE)
                .append("gate", "test-contains of polite ≥ 0.9");

        EngineExecutionResults results = EvalUnitKit.engine(output, selectUniqueId(gate)).execute();

        // a gate needs every variant on every case: selected alone it is found, and skipped with the reason
        assertThat(results.testEvents().skipped().list()).extracting(e -> e.getTestDescriptor().getUniqueId())
                .containsExactly(gate);
        assertThat(results.testEvents().skipped().list().get(0).getPayload(String.class)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("partial run (0 of 2 variants, 0 of 8 cases)"));
    }

    private static Optional<Object> source(EngineExecutionResults results, String name) {
        return results.testEvents().started().stream().map(e -> e.getTestDescriptor())
                .filter(d -> d.getDisplayName().equals(name)).findFirst().flatMap(TestDescriptor::getSource)
                .map(Object.class::cast);
    }

    private static Optional<Object> at(int line) {
        return Optional.of(ClasspathResourceSource.from(FILE, FilePosition.from(line)));
    }
}
