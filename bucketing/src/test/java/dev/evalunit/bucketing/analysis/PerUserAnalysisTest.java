package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.stats.SequentialTest;
import dev.evalunit.stats.WelchTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online analysis works per randomisation unit: users with 1–9 rated requests each, sharing a user effect.
 * The per-request view pretends to have five times the data it has.
 */
class PerUserAnalysisTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final ExperimentDefinition THREE_ARMS = ExperimentDefinition.builder("three")
            .variant("control", 34, VariantConfig.of("openai:gpt-4o-mini"))
            .variant("b", 33, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2))
            .variant("c", 33, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.4))
            .build();

    @Test
    void everyMetricIsComparedPerUserWithItsLift() {
        List<MetricEvent> events = simulate(THREE_ARMS, 600, 1);
        ExperimentResults results = ExperimentAnalyzer.analyze(THREE_ARMS, events, AnalysisPlan.ratingDefaults());
        OnlineComparison rating = results.treatments().get(0).comparisons().stream()
                .filter(c -> c.metric() == OnlineMetric.RATING).findFirst().orElseThrow();
        assertThat(rating.test()).isEqualTo("delta-method");
        assertThat(rating.controlUnits()).isEqualTo(200);
        assertThat(rating.treatmentUnits()).isEqualTo(200);
        assertThat(rating.lift()).hasValueSatisfying(lift -> {
            assertThat(lift.estimate()).isCloseTo(rating.difference() / rating.control(),
                    org.assertj.core.api.Assertions.within(1e-12));
            assertThat(lift.ciLow()).isLessThan(lift.estimate());
        });
        // The per-user interval is much wider than a per-request Welch interval on the same ratings.
        double[] control = ratings(events, "control");
        double[] treatment = ratings(events, "b");
        var welch = WelchTest.test(control, treatment, 0.95);
        assertThat(rating.ciHigh() - rating.ciLow()).isGreaterThan(1.5 * (welch.ciHigh() - welch.ciLow()));
    }

    @Test
    void severalTreatmentsSplitAlphaAndAdjustTheirPValues() {
        ExperimentResults results = ExperimentAnalyzer.analyze(THREE_ARMS, simulate(THREE_ARMS, 600, 2),
                AnalysisPlan.ratingDefaults());
        for (TreatmentResults t : results.treatments()) {
            assertThat(t.comparisons()).allSatisfy(c -> assertThat(c.adjustedPValue()).isGreaterThanOrEqualTo(c.pValue()));
        }
        assertThat(results.treatments().get(0).reason()).contains("always-valid 97.5% interval")
                .contains("from " + SequentialTest.MINIMUM_PER_ARM + " users per arm on");
        assertThat(ExperimentResultsJson.toJson(results)).contains("\"lift\" :", "\"pValueWorse\" :", "\"controlUnits\" : 200");
    }

    /** A pre-period covariate that knows each user's level lets CUPED remove most of the between-user variance. */
    @Test
    void aRecordedPreperiodCovariateReducesVariance() {
        Map<String, Double> preperiod = new HashMap<>();
        List<MetricEvent> events = simulate(THREE_ARMS, 600, 3, preperiod);
        ExperimentResults results = ExperimentAnalyzer.analyze(THREE_ARMS, events, AnalysisPlan.ratingDefaults(),
                preperiod);
        TreatmentResults b = results.treatments().get(0);
        assertThat(b.cuped()).hasValueSatisfying(c -> {
            assertThat(c.theta()).isBetween(0.8, 1.2);
            assertThat(c.varianceReduction()).isGreaterThan(0.8);
        });
        assertThat(ExperimentResultsJson.toJson(results)).contains("\"cuped\" :", "\"varianceReduction\" :");
        assertThat(ExperimentAnalyzer.analyze(THREE_ARMS, events, AnalysisPlan.ratingDefaults()).treatments().get(0)
                .cuped()).isEmpty();
    }

    private static List<MetricEvent> simulate(ExperimentDefinition definition, int users, long seed) {
        return simulate(definition, users, seed, new HashMap<>());
    }

    /**
     * Users assigned round-robin over the arms, each with 1–9 requests on one day, no real difference; each
     * user's level plus noise is put in {@code preperiod}.
     */
    private static List<MetricEvent> simulate(ExperimentDefinition definition, int users, long seed,
                                              Map<String, Double> preperiod) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MetricEvent> events = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String variant = definition.variants().get(u % definition.variants().size()).id();
            String unit = "user-" + u;
            Instant at = START.plusSeconds(u);
            events.add(new MetricEvent.Assigned(definition.id(), 1, variant, unit, at));
            double effect = 3.5 + random.nextGaussian();
            preperiod.put(unit, effect + 0.1 * random.nextGaussian());
            int requests = 1 + random.nextInt(9);
            for (int i = 0; i < requests; i++) {
                events.add(new MetricEvent.Observed(definition.id(), 1, variant, unit, at,
                        Outcome.rated(effect + 0.3 * random.nextGaussian())));
            }
        }
        return events;
    }

    private static double[] ratings(List<MetricEvent> events, String variant) {
        return events.stream().filter(e -> e instanceof MetricEvent.Observed && e.variantId().equals(variant))
                .mapToDouble(e -> ((MetricEvent.Observed) e).outcome().rating().orElseThrow()).toArray();
    }
}
