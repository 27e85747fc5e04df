package dev.evalunit.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.engine.fixtures.ApplicationSuite;
import dev.evalunit.engine.fixtures.HalfPassRateSuite;
import dev.evalunit.engine.fixtures.StrictPassRateSuite;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.reportEntry;
import static org.junit.platform.testkit.engine.EventConditions.started;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class ExecutionTest {

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void eventsFollowTheTreeAndEachCasePublishesItsReportEntry() {
        EngineExecutionResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml")).execute();

        results.allEvents().assertEventsMatchExactly(
                event(engine(), started()),
                event(container(displayName("Greetings")), started()),
                event(container(displayName("Polite (inprocess:echo)")), started()),
                event(test(displayName("greetings › polite › alice")), started()),
                event(test(displayName("greetings › polite › alice")), reportEntry(Map.of("variant", "polite", "case", "alice",
                        "repeats", "2", "passedRepeats", "2", "errorRepeats", "0", "test-contains.mean", "1.00000",
                        "test-contains.sd", "0.00000", "latencyMs.mean", "0.00000", "tokens.input", "0",
                        "tokens.output", "0"))),
                event(test(displayName("greetings › polite › alice")), finishedSuccessfully()),
                event(test(displayName("greetings › polite › bob")), started()),
                event(test(displayName("greetings › polite › bob")), entry("case", "bob")),
                event(test(displayName("greetings › polite › bob")), finishedSuccessfully()),
                event(container(displayName("Polite (inprocess:echo)")), finishedSuccessfully()),
                event(container(displayName("terse (inprocess:echo)")), started()),
                event(test(displayName("greetings › terse › alice")), started()),
                event(test(displayName("greetings › terse › alice")), entry("test-contains.mean", "0.00000")),
                event(test(displayName("greetings › terse › alice")), finishedWithFailure(message(m -> m.contains(
                        "case 'alice' of variant 'terse': 0 of 2 repeats passed; passRate 1.0 needs 2")
                        && m.contains("repeat 1: test-contains = 0.000 — missing 'please'")))),
                event(test(displayName("greetings › terse › bob")), started()),
                event(test(displayName("greetings › terse › bob")), entry("test-contains.mean", "1.00000")),
                event(test(displayName("greetings › terse › bob")), finishedSuccessfully()),
                event(container(displayName("terse (inprocess:echo)")), finishedSuccessfully()),
                event(container(displayName("Greetings")), finishedSuccessfully()),
                event(engine(), finishedSuccessfully()));
    }

    @Test
    void everySampleIsJournaledAndTheSummaryAndLatestPointerAreWritten() throws IOException {
        EvalUnitKit.engine(output, selectClasspathResource("fixtures/yaml/greetings.eval.yaml")).execute();

        Path run = output.resolve("greetings").resolve("test-run");
        List<SampleRecord> records;
        try (Stream<SampleRecord> lines = files.readResults(run)) {
            records = lines.toList();
        }
        assertThat(records).hasSize(8).allSatisfy(r -> assertThat(r.runId()).isEqualTo("test-run"));
        assertThat(records).filteredOn(r -> r.variantId().equals("terse") && r.caseId().equals("alice"))
                .extracting(SampleRecord::repeat).containsExactlyInAnyOrder(0, 1);
        assertThat(records).filteredOn(r -> r.variantId().equals("terse") && r.caseId().equals("alice"))
                .allSatisfy(r -> {
                    assertThat(r.output()).contains("Alice");
                    assertThat(r.passed()).isFalse();
                });
        RunSummary summary = files.readSummary(run);
        assertThat(summary.passed()).isFalse();
        assertThat(summary.source()).isEqualTo("classpath:fixtures/yaml/greetings.eval.yaml");
        assertThat(summary.variants()).extracting(VariantSummary::variantId, VariantSummary::casesPassed,
                VariantSummary::casesFailed, VariantSummary::samples).containsExactly(
                org.assertj.core.groups.Tuple.tuple("polite", 2, 0, 4L),
                org.assertj.core.groups.Tuple.tuple("terse", 1, 1, 4L));
        assertThat(summary.variants().get(1).metrics().get(0).mean()).isEqualTo(0.5);
        assertThat(files.latest(output.resolve("greetings"))).contains(run);
    }

    @Test
    void aCasePassesWhenEnoughRepeatsPassAndFailsOtherwise() {
        EngineExecutionResults half = EvalUnitKit.engine(output, selectClass(HalfPassRateSuite.class)).execute();
        EngineExecutionResults strict = EvalUnitKit.engine(output, selectClass(StrictPassRateSuite.class)).execute();

        half.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        strict.testEvents().assertStatistics(stats -> stats.started(1).succeeded(0).failed(1));
        strict.testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m ->
                m.contains("2 of 4 repeats passed; passRate 0.75 needs 3") && m.contains("repeat 2:")
                        && m.contains("repeat 3:") && !m.contains("repeat 0:")))));
    }

    @Test
    void applicationVariantsCallTeamCodeAndFailuresBecomeErrorSamplesThatAreNotScored() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(ApplicationSuite.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(4).failed(2));
        results.testEvents().assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(message(m ->
                m.contains("error APPLICATION after 1 attempt(s): broken threw IllegalStateException: database down")))));
        RunSummary summary = files.readSummary(output.resolve("application").resolve("test-run"));
        VariantSummary broken = summary.variants().stream().filter(v -> v.variantId().equals("broken")).findFirst()
                .orElseThrow();
        assertThat(broken.errors()).isEqualTo(4);
        assertThat(broken.errorRate()).isEqualTo(1.0);
        assertThat(broken.metrics()).isEmpty();
        try (Stream<SampleRecord> records = files.readResults(output.resolve("application").resolve("test-run"))) {
            assertThat(records.filter(r -> r.variantId().equals("broken")))
                    .hasSize(4).allSatisfy(r -> assertThat(r.scores()).isEmpty());
        }
        assertThat(summary.variants().get(0).cases().get(0).metrics().get(0).name()).isEqualTo("answers");
    }

    @Test
    void reportEntriesCarryMeanAndSdOverRepeats() {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(HalfPassRateSuite.class)).execute();

        List<ReportEntry> entries = results.testEvents().reportingEntryPublished()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow()).toList();
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.getKeyValuePairs())
                .containsEntry("test-contains.mean", "0.500000")
                .containsEntry("test-contains.sd", "0.577350")
                .containsEntry("passedRepeats", "2"));
    }

    @Test
    void jsonlAndCsvDatasetsRunWithQuotedCsvFields() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/capitals.eval.yaml"),
                selectClasspathResource("fixtures/yaml/csv/colours.eval.yaml")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        try (Stream<SampleRecord> records = files.readResults(output.resolve("colours").resolve("test-run"))) {
            assertThat(records.map(r -> r.output().orElseThrow()))
                    .containsExactly("the colour red, quoted", "say \"blue\"");
        }
    }

    @Test
    void aWindowOfOneCallStillRunsEveryRepeatOnceInTheRecordedOrder() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml"))
                .configurationParameter(Constants.EXECUTION_WINDOW, "1").execute();

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));
        Path run = output.resolve("greetings").resolve("test-run");
        List<String> recorded = new ArrayList<>();
        new ObjectMapper().readTree(run.resolve(SuiteRun.ORDER_FILE).toFile()).get("calls").forEach(c -> recorded.add(
                c.get("variantId").asText() + "/" + c.get("caseId").asText() + "/" + c.get("repeat").asInt()));
        assertThat(recorded.subList(0, 4)).allMatch(c -> c.contains("/alice/"));
        try (Stream<SampleRecord> records = files.readResults(run)) {
            assertThat(records.map(r -> r.variantId() + "/" + r.caseId() + "/" + r.repeat()))
                    .containsExactlyElementsOf(recorded);
        }
    }

    @Test
    void byVariantRunsEachVariantsCasesInTurn() throws IOException {
        EvalUnitKit.engine(output, selectClasspathResource("fixtures/yaml/greetings.eval.yaml"))
                .configurationParameter(Constants.EXECUTION_WINDOW, "1")
                .configurationParameter(Constants.EXECUTION_ORDER, "by-variant").execute();

        try (Stream<SampleRecord> records = files.readResults(output.resolve("greetings").resolve("test-run"))) {
            assertThat(records.map(r -> r.variantId() + "/" + r.caseId() + "/" + r.repeat())).containsExactly(
                    "polite/alice/0", "polite/alice/1", "polite/bob/0", "polite/bob/1",
                    "terse/alice/0", "terse/alice/1", "terse/bob/0", "terse/bob/1");
        }
    }

    @Test
    void aFailedModelCallIsOneErrorSamplePerRepeatThatIsJournaledButNotScored() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/errors/failing.eval.yaml")).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m -> m.contains(
                "repeat 0: error SERVER_ERROR after 1 attempt(s): the in-process 'fail' model always fails")))));
        Path run = output.resolve("failing").resolve("test-run");
        try (Stream<SampleRecord> records = files.readResults(run)) {
            assertThat(records.toList()).singleElement().satisfies(record -> {
                assertThat(record.error()).isPresent();
                assertThat(record.scores()).isEmpty();
                assertThat(record.passed()).isFalse();
            });
        }
        VariantSummary down = files.readSummary(run).variants().get(0);
        assertThat(down.errorRate()).isEqualTo(1.0);
        assertThat(down.metrics()).isEmpty();
        assertThat(down.meanLatencyMs()).isEmpty();
    }

    @Test
    void aSecondRunOfTheSameIdGetsItsOwnDirectory() throws IOException {
        EvalUnitKit.engine(output, selectClass(HalfPassRateSuite.class)).execute();
        EvalUnitKit.engine(output, selectClass(HalfPassRateSuite.class)).execute();

        assertThat(Files.isDirectory(output.resolve("half").resolve("test-run-2"))).isTrue();
        assertThat(files.latest(output.resolve("half"))).contains(output.resolve("half").resolve("test-run-2"));
    }


    private static Condition<Event> entry(String key, String value) {
        return new Condition<>(event -> event.getPayload(ReportEntry.class)
                .map(entry -> value.equals(entry.getKeyValuePairs().get(key))).orElse(false),
                "report entry with %s = %s", key, value);
    }
}
