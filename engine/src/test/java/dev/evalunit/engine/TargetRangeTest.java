package dev.evalunit.engine;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * A metric with a target range (2–3 words) is compared on each sample's distance to the range: the variant whose
 * replies sit inside it wins over one whose longer replies sit outside, although the longer ones are "higher".
 */
class TargetRangeTest {

    @TempDir
    Path output;

    @Test
    void theVariantInsideTheRangeWinsWhereHigherIsBetterWouldKeepTheControl() throws IOException {
        Comparison ranged = run("fixtures/range/sentences.eval.yaml", "target-range");
        Comparison asHigher = run("fixtures/range/as-higher.eval.yaml", "target-range-as-higher");

        MetricComparison words = ranged.metric("test-words").orElseThrow();
        assertThat(words.direction()).isEqualTo(Direction.within(2, 3));
        // wordy replies have 6 to 8 words (3 to 5 from the range), brief ones 2 to 4 (0 to 1 from it)
        assertThat(words.variant("wordy").orElseThrow().mean()).isGreaterThan(6);
        assertThat(words.difference("brief").orElseThrow().difference()).isCloseTo(-3.5, within(1e-9));
        Decision brief = ranged.decision("brief").orElseThrow();
        assertThat(brief.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(brief.reason()).contains("closer to 2–3 is better");
        assertThat(ranged.winner()).isEqualTo("brief");

        assertThat(asHigher.metric("test-words").orElseThrow().direction()).isEqualTo(Direction.HIGHER);
        assertThat(asHigher.decision("brief").orElseThrow().outcome()).isEqualTo(TreatmentVerdict.KEEP_CONTROL);
        assertThat(asHigher.winner()).isEqualTo("wordy");

        Path run = new RunFiles().latest(output.resolve("target-range")).orElseThrow();
        assertThat(Files.readString(run.resolve(RunFiles.SUMMARY))).contains("\"within\" : [ 2.0, 3.0 ]");
    }

    private Comparison run(String file, String suiteId) throws IOException {
        EvalUnitKit.engine(output, selectClasspathResource(file)).execute();
        RunFiles files = new RunFiles();
        return files.readSummary(files.latest(output.resolve(suiteId)).orElseThrow()).comparison().orElseThrow();
    }
}
