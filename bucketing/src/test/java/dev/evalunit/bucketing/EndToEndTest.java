package dev.evalunit.bucketing;

import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.analysis.ExperimentAnalyzer;
import dev.evalunit.bucketing.analysis.ExperimentResults;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.JsonLinesSink;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.FileFlagSource;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.bucketing.winner.WinnerEvidence;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.bucketing.winner.WinnerVariant;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's usage example as a test: winner.json → online experiment → events file → analysis. */
class EndToEndTest {

    @Test
    void fromWinnerFileToOnlineDecision(@TempDir Path dir) {
        VariantConfig current = VariantConfig.of("anthropic:claude-sonnet-4-20250514").withTemperature(0.3)
                .withSystemPrompt("Summarize the following text concisely.");
        VariantConfig structured = current.withTemperature(0.2).withSystemPrompt("Summarize in 2-3 sentences.");
        Path winnerFile = dir.resolve("winner.json");
        WinnerFiles.write(new WinnerFile(1, "exp_summarize_v2", TreatmentVerdict.SHIP_TREATMENT,
                new WinnerVariant("structured", structured), new WinnerVariant("current", current),
                new WinnerEvidence("rating", 0.3, 0.1, 0.5, 0.003, 100, 3, "CI above 0.1"), "summarize", "run-1",
                Optional.empty(), Instant.parse("2026-02-01T00:00:00Z"), List.of()), winnerFile);

        WinnerFile verdict = WinnerFiles.read(winnerFile);
        ExperimentDefinition definition = ExperimentDefinition.fromWinner(verdict);
        MutableClock clock = new MutableClock(Instant.parse("2026-02-02T00:00:00Z"));
        Path events = dir.resolve("events.jsonl");
        SplittableRandom random = new SplittableRandom(3);
        try (MetricRecorder recorder = new MetricRecorder(new JsonLinesSink(events), 100, Duration.ofSeconds(5), 10_000)) {
            Experiments experiments = new Experiments(clock, FileFlagSource.watching(dir.resolve("killed.txt")),
                    Optional.of(recorder));
            experiments.register(definition, Guardrails.articleDefaults());
            for (int user = 0; user < 3000; user++) {
                clock.advance(Duration.ofMinutes(3));
                String userId = "user-" + user;
                Assignment assignment = experiments.assign(definition.id(), userId);
                VariantConfig config = assignment.configOr(verdict.keep().config());
                double rating = (config.equals(structured) ? 4.2 : 3.8) + random.nextGaussian() * 0.8;
                experiments.recordOutcome((Assignment.InExperiment) assignment, userId,
                        new Outcome(OptionalDouble.of(900), false, OptionalDouble.of(rating),
                                OptionalDouble.of(0.002), Optional.empty()));
            }
        }

        ExperimentResults results = ExperimentAnalyzer.analyze(definition, JsonLinesSink.read(events),
                AnalysisPlan.ratingDefaults());
        assertThat(results.variants()).extracting(v -> v.requests()).containsExactly(
                results.variants().get(0).units(), results.variants().get(1).units());
        assertThat(results.variants().get(0).units() + results.variants().get(1).units()).isEqualTo(3000);
        assertThat(results.treatments().get(0).variantId()).isEqualTo("structured");
        assertThat(results.treatments().get(0).decision()).as(results.treatments().get(0).reason())
                .isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
    }
}
