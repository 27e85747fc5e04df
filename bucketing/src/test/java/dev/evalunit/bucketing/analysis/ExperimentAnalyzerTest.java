package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.LiveExperiment;
import dev.evalunit.bucketing.MutableClock;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.FlagSource;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExperimentAnalyzerTest {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final ExperimentDefinition EXPERIMENT = ExperimentDefinition.builder("exp_summarize_v2")
            .variant("control", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514"))
            .variant("treatment", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514").withTemperature(0.2))
            .build();

    /** Users arrive over {@code days}, are assigned by the real bucketer, and rate once. */
    private static List<MetricEvent> simulate(int days, int usersPerDay, double controlRating, double treatmentRating,
                                              double treatmentErrorRate, double lostTreatmentAssignments) {
        MutableClock clock = new MutableClock(START);
        LiveExperiment live = new LiveExperiment(EXPERIMENT, clock, FlagSource.NONE);
        SplittableRandom random = new SplittableRandom(11);
        List<MetricEvent> events = new ArrayList<>();
        int user = 0;
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < usersPerDay; i++, user++) {
                clock.set(START.plus(Duration.ofDays(day)).plusSeconds(i * 40L));
                String unit = "user-" + user;
                String variant = live.assign(unit).assigned().orElseThrow().id();
                boolean treatment = variant.equals("treatment");
                if (!(treatment && random.nextDouble() < lostTreatmentAssignments)) {
                    events.add(new MetricEvent.Assigned(EXPERIMENT.id(), 1, variant, unit, clock.instant()));
                }
                boolean error = random.nextDouble() < (treatment ? treatmentErrorRate : 0.01);
                double rating = (treatment ? treatmentRating : controlRating) + random.nextGaussian();
                events.add(new MetricEvent.Observed(EXPERIMENT.id(), 1, variant, unit, clock.instant(),
                        new Outcome(OptionalDouble.of(800 + 200 * random.nextDouble()), error,
                                error ? OptionalDouble.empty() : OptionalDouble.of(rating),
                                OptionalDouble.of(treatment ? 0.002 : 0.003), Optional.empty())));
            }
        }
        return events;
    }

    @Test
    void aClearImprovementShipsTheTreatmentWithTheSequentialTestOverDailyLooks() {
        ExperimentResults results = ExperimentAnalyzer.analyze(EXPERIMENT, simulate(10, 400, 3.8, 4.1, 0.01, 0),
                AnalysisPlan.ratingDefaults());

        TreatmentResults treatment = results.treatments().get(0);
        assertThat(treatment.decision()).as(treatment.reason()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(treatment.sequential().looks()).isEqualTo(10);
        assertThat(treatment.sequential().ciLow()).isGreaterThan(0);
        assertThat(treatment.reason()).startsWith("rating: improvement +0.");
        OnlineComparison rating = treatment.comparisons().stream().filter(c -> c.metric() == OnlineMetric.RATING).findFirst().orElseThrow();
        assertThat(rating.test()).isEqualTo("delta-method");
        assertThat(rating.difference()).isCloseTo(0.3, within(0.1));
        assertThat(rating.pValue()).isLessThan(1e-6);
        assertThat(results.sampleRatio()).hasValueSatisfying(srm -> assertThat(srm.mismatch()).isFalse());
        VariantResults control = results.variants().get(0);
        assertThat(control.units() + results.variants().get(1).units()).isEqualTo(4000);
        assertThat(control.meanCostUsd().orElseThrow()).isCloseTo(0.003, within(1e-12));
        assertThat(control.totalCostUsd()).isCloseTo(0.003 * control.requests(), within(1e-9));
        assertThat(control.latency().orElseThrow().p95()).isBetween(950.0, 1000.0);
    }

    @Test
    void aSampleRatioMismatchBlocksTheDecision() {
        // 15% of the treatment's assignment events are lost, as when one arm's logging fails
        ExperimentResults results = ExperimentAnalyzer.analyze(EXPERIMENT, simulate(10, 400, 3.8, 4.1, 0.01, 0.15),
                AnalysisPlan.ratingDefaults());

        assertThat(results.sampleRatio()).hasValueSatisfying(srm -> {
            assertThat(srm.mismatch()).isTrue();
            assertThat(srm.pValue()).isLessThan(0.001);
        });
        assertThat(results.treatments().get(0).decision()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(results.treatments().get(0).reason()).startsWith("sample ratio mismatch (chi-square ");
    }

    @Test
    void noRealDifferenceOnALargeSampleIsNoDifference() {
        ExperimentResults results = ExperimentAnalyzer.analyze(EXPERIMENT, simulate(10, 600, 3.9, 3.9, 0.01, 0),
                AnalysisPlan.ratingDefaults());
        assertThat(results.treatments().get(0).decision()).as(results.treatments().get(0).reason())
                .isEqualTo(TreatmentVerdict.NO_DIFFERENCE);
    }

    @Test
    void aHigherErrorRateKeepsTheControlWhateverTheRatings() {
        ExperimentResults results = ExperimentAnalyzer.analyze(EXPERIMENT, simulate(5, 400, 3.8, 4.1, 0.12, 0),
                AnalysisPlan.ratingDefaults());
        TreatmentResults treatment = results.treatments().get(0);
        assertThat(treatment.decision()).isEqualTo(TreatmentVerdict.KEEP_CONTROL);
        assertThat(treatment.reason()).startsWith("treatment's error rate 1").contains("is significantly above the control's");
        assertThat(results.variants().get(1).errorRate()).isCloseTo(0.12, within(0.02));
    }

    @Test
    void tooFewSamplesContinueAndTheResultsRenderAsJson() {
        ExperimentResults results = ExperimentAnalyzer.analyze(EXPERIMENT, simulate(1, 300, 3.8, 4.1, 0.01, 0),
                AnalysisPlan.ratingDefaults());
        assertThat(results.treatments().get(0).decision()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(results.treatments().get(0).reason()).matches("need at least 500 observations of rating per arm; control has \\d+, treatment has \\d+");

        String json = ExperimentResultsJson.toJson(results);
        assertThat(json).contains("\"experimentId\" : \"exp_summarize_v2\"", "\"decision\" : \"CONTINUE\"",
                "\"metric\" : \"RATING\"", "\"test\" : \"delta-method\"", "\"p95\" :", "\"decisionRule\" : \"with at least 500");
    }

    @Test
    void eventsOfOtherPhasesAreLeftOutAndUnknownVariantsAreNamed() {
        List<MetricEvent> events = new ArrayList<>(simulate(1, 50, 3.8, 4.1, 0.01, 0));
        events.add(new MetricEvent.Assigned(EXPERIMENT.id(), 2, "treatment_b", "u", START));
        ExperimentResults results = ExperimentAnalyzer.analyze(EXPERIMENT, events, AnalysisPlan.ratingDefaults());
        assertThat(results.variants()).extracting(VariantResults::variantId).containsExactly("control", "treatment");

        events.add(new MetricEvent.Assigned(EXPERIMENT.id(), 1, "treatment_b", "u", START));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExperimentAnalyzer.analyze(EXPERIMENT, events, AnalysisPlan.ratingDefaults()))
                .hasMessageContaining("names variant 'treatment_b', which the definition does not have [control, treatment]");
    }
}
