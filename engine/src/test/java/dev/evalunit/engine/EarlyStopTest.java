package dev.evalunit.engine;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.EarlyStopResult;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * The anytime-valid early stop through the engine: a 300-case suite whose treatment loses 60% of the cases stops
 * long before its last case, reports the rest skipped, and states the calls saved in {@code summary.json}.
 */
class EarlyStopTest {

    private static final int CASES = 300;

    @TempDir
    Path directory;

    /** polite echoes "please" and passes every case; terse passes only the 40% whose expected word is the name. */
    private Path suite(String extra) throws IOException {
        String dataset = IntStream.range(0, CASES).mapToObj(i -> String.format(
                        "{\"id\": \"c%03d\", \"name\": \"N%d\", \"expected\": \"%s\"}", i, i,
                        i % 5 < 3 ? "please" : "N" + i))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(directory.resolve("cases.jsonl"), dataset);
        return Files.writeString(directory.resolve("stop.eval.yaml"), """
                id: stop
                dataset: cases.jsonl
                variants:
                  - id: polite
                    model: inprocess:echo
                    prompt: "Hello {{name}}, please"
                  - id: terse
                    model: inprocess:echo
                    prompt: "{{name}}"
                scorers:
                  - name: test-contains
                compare:
                  baseline: polite
                  primary: test-contains
                  minEffect: 0.1
                """ + extra);
    }

    private EngineExecutionResults run(Path suite, boolean earlyStop) {
        return EvalUnitKit.engine(directory.resolve("out"), selectFile(suite.toFile()))
                .configurationParameter(Constants.EARLY_STOP, Boolean.toString(earlyStop))
                .configurationParameter(Constants.EARLY_STOP_WINDOW, "8")
                .execute();
    }

    private RunSummary summary() throws IOException {
        RunFiles files = new RunFiles();
        return files.readSummary(files.latest(directory.resolve("out/stop")).orElseThrow());
    }

    @Test
    void aClearLossStopsEarlyAndSkipsTheRest() throws IOException {
        EngineExecutionResults results = run(suite(""), true);

        List<Event> skipped = results.testEvents().skipped().list();
        long ran = results.testEvents().finished().count() - 1;
        assertThat(skipped).isNotEmpty().allSatisfy(e -> assertThat(e.getPayload(String.class).orElseThrow())
                .contains("anytime-valid confidence sequence"));
        // whole cases run or are skipped: every variant of a case together
        Set<String> skippedIds = skipped.stream().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment()
                .getValue() + "@" + e.getTestDescriptor().getUniqueId().removeLastSegment().getLastSegment().getValue())
                .collect(Collectors.toSet());
        assertThat(skippedIds).hasSize(skipped.size());
        assertThat(skipped.stream().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting())).values()).containsOnly(2L);
        assertThat(ran + skipped.size()).isEqualTo(2L * CASES);

        RunSummary summary = summary();
        EarlyStopResult stop = summary.earlyStop().orElseThrow();
        assertThat(stop.anytimeValid()).isTrue();
        assertThat(stop.stopped()).isTrue();
        assertThat(stop.cases()).isEqualTo(CASES);
        assertThat(stop.casesRun()).isLessThan(CASES / 2).isEqualTo((int) ran / 2);
        assertThat(stop.callsPlanned()).isEqualTo(2L * CASES);
        assertThat(stop.callsMade()).isEqualTo(ran);
        assertThat(stop.callsSaved()).isEqualTo(stop.callsPlanned() - stop.callsMade()).isGreaterThan(CASES);
        EarlyStopResult.Treatment terse = stop.treatments().get(0);
        assertThat(terse.variantId()).isEqualTo("terse");
        assertThat(terse.outcome()).isEqualTo(TreatmentVerdict.KEEP_CONTROL);
        assertThat(terse.ciHigh()).isLessThan(0);
        assertThat(terse.ciLow()).isLessThanOrEqualTo(terse.mean());
        assertThat(summary.comparison().orElseThrow().decision("terse").orElseThrow().outcome())
                .isEqualTo(TreatmentVerdict.KEEP_CONTROL);
        assertThat(summary.partial()).isEmpty();
        assertThat(Files.readString(files().resolve("summary.json"))).contains("\"earlyStop\"", "\"callsSaved\"");
    }

    @Test
    void theSameSeedStopsAtTheSameCases() throws IOException {
        Path suite = suite("");
        run(suite, true);
        int first = summary().earlyStop().orElseThrow().casesRun();
        List<String> firstCases = ranCases();
        run(suite, true);
        assertThat(summary().earlyStop().orElseThrow().casesRun()).isEqualTo(first);
        assertThat(ranCases()).isEqualTo(firstCases);
    }

    @Test
    void withoutTheSettingEveryCaseRuns() throws IOException {
        EngineExecutionResults results = run(suite(""), false);
        assertThat(results.testEvents().skipped().count()).isZero();
        assertThat(summary().earlyStop()).isEmpty();
        assertThat(Files.readString(files().resolve("summary.json"))).doesNotContain("earlyStop");
    }

    private Path files() throws IOException {
        return new RunFiles().latest(directory.resolve("out/stop")).orElseThrow();
    }

    private List<String> ranCases() throws IOException {
        return summary().variants().stream().map(v -> v.variantId() + ":"
                + v.cases().stream().map(c -> c.caseId()).sorted().toList()).toList();
    }
}
