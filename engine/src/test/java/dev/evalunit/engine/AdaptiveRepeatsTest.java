package dev.evalunit.engine;

import dev.evalunit.api.run.AdaptiveRepeatsResult;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.engine.adaptivefixtures.SplitNoiseSuite;
import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Adaptive repeats through the engine: on a suite whose answers are stable on half of the cases and random on the
 * other half, the repeats beyond the first round go to the random cases, a case's variants get the same repeats,
 * and the calls never exceed the fixed design's budget (2 variants × 20 cases × 4 repeats = 160).
 */
class AdaptiveRepeatsTest {

    private static final long BUDGET = 160;

    @TempDir
    Path output;

    @BeforeEach
    void resetCounts() {
        SplitNoiseSuite.CALLS.clear();
    }

    private RunSummary run(String... settings) throws IOException {
        var request = EvalUnitKit.engine(output, selectClass(SplitNoiseSuite.class));
        for (int i = 0; i < settings.length; i += 2) {
            request = request.configurationParameter(settings[i], settings[i + 1]);
        }
        request.execute().testEvents().assertStatistics(stats -> stats.failed(0));
        RunFiles files = new RunFiles();
        return files.readSummary(files.latest(output.resolve("split-noise")).orElseThrow());
    }

    private static int calls(String model, int n) {
        var count = SplitNoiseSuite.CALLS.get(model + ":" + n);
        return count == null ? 0 : count.get();
    }

    private static long totalCalls() {
        return SplitNoiseSuite.CALLS.values().stream().mapToLong(c -> c.get()).sum();
    }

    @Test
    void theRepeatsBeyondTheFirstRoundGoToTheCasesWhoseRepeatsDisagree() throws IOException {
        RunSummary summary = run(Constants.ADAPTIVE_REPEATS, "true");

        AdaptiveRepeatsResult result = summary.adaptiveRepeats().orElseThrow();
        assertThat(totalCalls()).isEqualTo(result.callsMade()).isLessThanOrEqualTo(BUDGET);
        assertThat(result.callsBudget()).isEqualTo(BUDGET);
        assertThat(result.callsSaved()).isEqualTo(BUDGET - result.callsMade());
        for (int n = 0; n < 20; n++) {
            // the pairing: both variants of a case get the same repeats
            assertThat(calls("first", n)).as("case %d", n).isEqualTo(calls("second", n));
            if (SplitNoiseSuite.noisy(n)) {
                assertThat(calls("first", n)).as("noisy case %d", n).isGreaterThan(4);
            } else {
                assertThat(calls("first", n)).as("stable case %d", n).isEqualTo(AdaptiveRepeats.FIRST_ROUND);
            }
        }
        // the 80 calls the stable cases did not need went to the noisy ones: 6 repeats each instead of 4
        assertThat(result.callsMade()).isEqualTo(BUDGET);
        assertThat(result.casesGivenMore()).isEqualTo(10);
        assertThat(result.casesStopped()).isEqualTo(10);
        assertThat(result.callsReallocated()).isEqualTo(40);
        // still one case each in the paired comparison
        MetricDifference quality = summary.comparison().orElseThrow().metric("quality")
                .flatMap(m -> m.difference("second")).orElseThrow();
        assertThat(quality.cases()).isEqualTo(20);
    }

    @Test
    void aCapOnRepeatsLeavesTheRestOfTheBudgetUnspent() throws IOException {
        RunSummary summary = run(Constants.ADAPTIVE_REPEATS, "true", Constants.ADAPTIVE_REPEATS_MAX, "3");

        AdaptiveRepeatsResult result = summary.adaptiveRepeats().orElseThrow();
        assertThat(IntStream.range(0, 20).map(n -> calls("second", n)).max().orElseThrow()).isEqualTo(3);
        // 2 × 20 × 2 first-round calls, then one more repeat of both variants on each of the 10 noisy cases
        assertThat(result.callsMade()).isEqualTo(100).isEqualTo(totalCalls());
        assertThat(result.callsSaved()).isEqualTo(60);
        assertThat(result.callsReallocated()).isZero();
    }

    @Test
    void withoutTheSettingEveryCaseGetsTheSuitesRepeats() throws IOException {
        RunSummary summary = run();

        assertThat(summary.adaptiveRepeats()).isEmpty();
        assertThat(SplitNoiseSuite.CALLS.values()).hasSize(40).allSatisfy(c -> assertThat(c.get()).isEqualTo(4));
    }
}
