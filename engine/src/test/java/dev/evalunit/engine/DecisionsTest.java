package dev.evalunit.engine;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.engine.decisionfixtures.AaSuite;
import dev.evalunit.engine.decisionfixtures.ClusteredSuite;
import dev.evalunit.engine.decisionfixtures.ErrorRateSuite;
import dev.evalunit.engine.decisionfixtures.FailingGatesSuite;
import dev.evalunit.engine.decisionfixtures.InconclusiveSuite;
import dev.evalunit.engine.decisionfixtures.ShipSuite;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** The comparison, gates and winner export on in-process models whose quality differs by a known amount. */
class DecisionsTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void aRealDifferenceShipsTheTreatmentPassesEveryGateAndExportsIt() throws IOException {
        Path copy = output.resolve("exports/winner.json");
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(ShipSuite.class))
                .configurationParameter(Constants.EXPORT_GIT_COMMIT, COMMIT)
                .configurationParameter(Constants.EXPORT_DIRECTORY, output.toString())
                .configurationParameter(Constants.EXPORT_PATH, copy.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(80 + 1 + 7).succeeded(80 + 1 + 7));
        Event comparison = results.testEvents().finished().filter(e -> e.getTestDescriptor().getDisplayName()
                .startsWith("ship › comparison")).findFirst().orElseThrow();
        // the suite's source file at its @Compare line, so flat views keep the display name and IDEs the line
        FileSource compare = (FileSource) comparison.getTestDescriptor().getSource().orElseThrow();
        assertThat(compare.getFile()).hasName(ShipSuite.class.getSimpleName() + ".java");
        assertThat(Files.readAllLines(compare.getFile().toPath()).get(compare.getPosition().orElseThrow().getLine() - 1))
                .startsWith("@Compare(");
        assertThat(results.allEvents().reportingEntryPublished().filter(e -> e.getTestDescriptor() == comparison
                .getTestDescriptor()).count()).isGreaterThanOrEqualTo(2);

        Comparison result = summary("ship").comparison().orElseThrow();
        MetricDifference quality = result.metric("quality").flatMap(m -> m.difference("better")).orElseThrow();
        assertThat(quality.cases()).isEqualTo(40);
        assertThat(quality.method()).isEqualTo(MetricDifference.PAIRED_T);
        assertThat(quality.ciLow()).isLessThan(0.2).isGreaterThan(0.15);
        assertThat(quality.ciHigh()).isGreaterThan(0.2).isLessThan(0.25);
        assertThat(quality.significant()).isTrue();
        assertThat(quality.adjustedPValue()).isGreaterThanOrEqualTo(quality.pValue()).isLessThan(1e-6);
        assertThat(quality.minimumDetectableEffect().orElseThrow()).isPositive().isLessThan(0.2);
        assertThat(result.metric("quality").orElseThrow().variant("base").orElseThrow().variance())
                .hasValueSatisfying(v -> assertThat(v.betweenCaseVariance()).isGreaterThan(v.withinCaseVariance()));
        assertThat(result.secondaryMetrics()).containsExactly("error_rate", "latency_ms", "pass_rate",
                "latency_p95_ms");
        assertThat(result.decision("better").orElseThrow().outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(result.winner()).isEqualTo("better");
        assertThat(result.errorRates()).extracting(ErrorRateCheck::flagged).containsExactly(false);

        WinnerFile winner = WinnerFiles.read(output.resolve("ship/test-run/winner.json"));
        assertThat(WinnerFiles.read(copy)).isEqualTo(winner);
        assertThat(winner.decision()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(winner.keep().variantId()).isEqualTo("better");
        assertThat(winner.baseline().variantId()).isEqualTo("base");
        assertThat(winner.winner().config().model()).isEqualTo("inprocess:better");
        assertThat(winner.winner().config().promptTemplate()).contains("{{n}}");
        assertThat(winner.experimentId()).isEqualTo("reply-prompt");
        assertThat(winner.suiteId()).isEqualTo("ship");
        assertThat(winner.runId()).isEqualTo("test-run");
        assertThat(winner.gitCommit()).contains(COMMIT);
        assertThat(winner.simulated()).as("in-process models are the suite's own code, not a simulation").isFalse();
        assertThat(Files.readString(output.resolve("ship/test-run/winner.json"))).contains("\"simulated\" : false");
        assertThat(winner.evidence().metric()).isEqualTo("quality");
        assertThat(winner.evidence().cases()).isEqualTo(40);
        assertThat(winner.evidence().repeats()).isEqualTo(3);
        assertThat(winner.evidence().difference()).isEqualTo(quality.difference());
        assertThat(WinnerFiles.parse(WinnerFiles.toJson(winner), "round trip")).isEqualTo(winner);
    }

    @Test
    void anAaComparisonFindsNoDifferenceAndKeepsTheBaseline() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(AaSuite.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        Comparison result = summary("aa").comparison().orElseThrow();
        MetricDifference quality = result.metric("quality").flatMap(m -> m.difference("twin")).orElseThrow();
        assertThat(quality.ciLow()).isLessThan(0).isGreaterThan(-0.05);
        assertThat(quality.ciHigh()).isGreaterThan(0).isLessThan(0.05);
        assertThat(quality.significant()).isFalse();
        assertThat(result.correction()).isEqualTo("bh");
        assertThat(result.decision("twin").orElseThrow().outcome()).isEqualTo(TreatmentVerdict.NO_DIFFERENCE);
        assertThat(result.metrics()).filteredOn(MetricComparison::paired).flatExtracting(MetricComparison::differences)
                .noneMatch(MetricDifference::significant);
        assertThat(result.winner()).isEqualTo("base");

        WinnerFile winner = WinnerFiles.read(output.resolve("aa/test-run/winner.json"));
        assertThat(winner.decision()).isEqualTo(TreatmentVerdict.NO_DIFFERENCE);
        assertThat(winner.keep().variantId()).isEqualTo("base");
        assertThat(winner.winner().variantId()).isEqualTo("twin");
    }

    @Test
    void eachGateFailsWithWhatWasRequiredAndWhatWasMeasured() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(FailingGatesSuite.class)).execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("failing-gates › gate: floor"), finishedWithFailure(message(m -> m.contains(
                        "required: quality ≥ 0.9") && m.contains("measured: base 0.") && m.contains("% CI ")))))
                .haveExactly(1, event(test(), displayName("failing-gates › gate: ceiling"), finishedWithFailure(message(m -> m.contains(
                        "required: quality ≤ 0.3") && m.contains("measured: better 0.6")))))
                .haveExactly(1, event(test(), displayName("failing-gates › gate: non-inferior"), finishedWithFailure(message(m ->
                        m.contains("not worse than better by 0.05 or more") && m.contains("base − better = -0.2")
                                && m.contains("95% CI [")))))
                .haveExactly(1, event(test(), displayName("failing-gates › gate: better-by"), finishedWithFailure(message(m ->
                        m.contains("better than better by more than 0.01")))));
        RunSummary summary = summary("failing-gates");
        assertThat(summary.passed()).isFalse();
        assertThat(summary.gates()).extracting(GateResult::status).containsOnly(GateResult.Status.FAILED);
        assertThat(summary.comparison().orElseThrow().decision("base").orElseThrow().outcome())
                .isEqualTo(TreatmentVerdict.KEEP_CONTROL);
    }

    @Test
    void anInconclusiveGateSaysWhatWouldDecideItAndPassesOnlyWhenAllowed() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(InconclusiveSuite.class)).execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("inconclusive › gate: decided"), finishedWithFailure(message(m ->
                        m.contains("is inconclusive") && m.contains("CONTINUE") && m.matches("(?s).*about \\d+ more cases.*")))))
                .haveExactly(1, event(test(), displayName("inconclusive › gate: decided, allowed"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("inconclusive › gate: non-inferior"), finishedWithFailure(message(m ->
                        m.contains("to decide: about")))));
        RunSummary summary = summary("inconclusive");
        assertThat(summary.comparison().orElseThrow().decision("slight").orElseThrow().outcome())
                .isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(summary.gates()).extracting(GateResult::status).containsOnly(GateResult.Status.INCONCLUSIVE);
        MetricDifference quality = summary.comparison().orElseThrow().metric("quality")
                .flatMap(m -> m.difference("slight")).orElseThrow();
        assertThat(quality.casesNeeded().orElseThrow()).isGreaterThan(6);
    }

    @Test
    void errorSamplesAreLeftOutOfQualityAndADifferentErrorRateIsFlagged() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(ErrorRateSuite.class)).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName("errors › gate: error rate"),
                finishedWithFailure(message(m -> m.contains("required: error_rate ≤ 0.1")
                        && m.contains("failing 0.35")))));
        Comparison result = summary("errors").comparison().orElseThrow();
        ErrorRateCheck check = result.errorRates().get(0);
        assertThat(check.variantId()).isEqualTo("failing");
        assertThat(check.variantRate()).isEqualTo(14.0 / 40);
        assertThat(check.baselineRate()).isZero();
        assertThat(check.flagged()).isTrue();
        MetricComparison quality = result.metric("quality").orElseThrow();
        assertThat(quality.variant("failing").orElseThrow().cases()).isEqualTo(26);
        assertThat(quality.difference("failing").orElseThrow().cases()).isEqualTo(26);
        assertThat(quality.difference("failing").orElseThrow().droppedCases()).isEqualTo(14);
    }

    @Test
    void casesThatShareAClusterGetAClusterRobustInterval() throws IOException {
        EvalUnitKit.engine(output, selectClass(ClusteredSuite.class)).execute();

        Comparison result = summary("clustered").comparison().orElseThrow();
        MetricDifference quality = result.metric("quality").flatMap(m -> m.difference("better")).orElseThrow();
        assertThat(quality.method()).isEqualTo(MetricDifference.CLUSTERED);
        assertThat(quality.ciLow()).isLessThan(0.2);
        assertThat(quality.ciHigh()).isGreaterThan(0.2);
        assertThat(result.decision("better").orElseThrow().outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
    }

    private RunSummary summary(String suite) throws IOException {
        Optional<Path> run = files.latest(output.resolve(suite));
        return files.readSummary(run.orElseThrow());
    }
}
