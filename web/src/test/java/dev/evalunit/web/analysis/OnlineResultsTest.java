package dev.evalunit.web.analysis;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The per-unit analysis against statsmodels: the delta-method standard error of a ratio mean equals the
 * cluster-robust standard error of an intercept-only regression clustered by unit.
 */
class OnlineResultsTest {

    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    private static ExperimentDefinition definition() {
        return ExperimentDefinition.builder("ratings").variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("treatment", 50, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)).build();
    }

    private static void rate(List<MetricEvent> events, String variant, String unit, double... ratings) {
        events.add(new MetricEvent.Assigned("ratings", 1, variant, unit, AT));
        for (double rating : ratings) {
            events.add(new MetricEvent.Observed("ratings", 1, variant, unit, AT, Outcome.rated(rating)));
        }
    }

    /*
     * Reference (/usr/bin/python3, statsmodels 0.14, scipy):
     *   y, g = ratings and unit index per observation, as below
     *   r = sm.OLS(y, np.ones(len(y))).fit(cov_type='cluster', cov_kwds={'groups': g}); r.params[0], r.bse[0]
     *   control 2.0625000000000004 0.3563999745233968; treatment 3.124999999999999 0.25129871003780857
     *   d = 1.0624999999999987, se = sqrt(bse_c² + bse_t²), d ∓ norm.ppf(0.975)·se = 0.20778493432509815,
     *   1.9172150656748992, 2·norm.sf(|d|/se) = 0.014832641511174322
     */
    @Test
    void meansStandardErrorsAndTheComparisonMatchStatsmodelsClusteredByUnit() {
        List<MetricEvent> events = new ArrayList<>();
        rate(events, "control", "a", 1.0, 2.0, 4.0);
        rate(events, "control", "b", 3.0);
        rate(events, "control", "c", 2.0, 2.5);
        rate(events, "control", "d", 5.0, 1.0, 1.5, 2.0);
        rate(events, "control", "e", 0.5, 0.25);
        rate(events, "treatment", "f", 2.0, 3.0);
        rate(events, "treatment", "g", 4.0);
        rate(events, "treatment", "h", 3.5, 2.5, 3.0);
        rate(events, "treatment", "i", 1.0, 6.0);
        events.add(new MetricEvent.Observed("ratings", 2, "control", "a", AT, Outcome.rated(100)));

        ExperimentTotals totals = InMemoryEventLog.totals(events, "ratings", 1);
        OnlineResults results = OnlineResults.analyze(definition(), totals, new AnalysisPlan(OnlineMetric.RATING, 0.2, 0.2, 0.05, 4));

        OnlineResults.Estimate control = results.arms().get(0).metrics().get(OnlineMetric.RATING);
        OnlineResults.Estimate treatment = results.arms().get(1).metrics().get(OnlineMetric.RATING);
        assertThat(control.mean()).isCloseTo(2.0625000000000004, within(1e-12));
        assertThat(control.standardError()).isCloseTo(0.3563999745233968, within(1e-12));
        assertThat(control.units()).isEqualTo(5);
        assertThat(control.observations()).isEqualTo(12);
        assertThat(treatment.mean()).isCloseTo(3.124999999999999, within(1e-12));
        assertThat(treatment.standardError()).isCloseTo(0.25129871003780857, within(1e-12));
        assertThat(results.arms().get(0).assignedUnits()).isEqualTo(5);

        OnlineResults.Treatment verdict = results.treatments().get(0);
        OnlineResults.OnlineDifference rating = verdict.comparisons().stream().filter(c -> c.metric() == OnlineMetric.RATING)
                .findFirst().orElseThrow();
        assertThat(rating.difference()).isCloseTo(1.0624999999999987, within(1e-12));
        assertThat(rating.ciLow()).isCloseTo(0.20778493432509815, within(1e-9));
        assertThat(rating.ciHigh()).isCloseTo(1.9172150656748992, within(1e-9));
        assertThat(rating.pValue()).isCloseTo(0.014832641511174322, within(1e-9));
        assertThat(verdict.decision()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(verdict.reason()).contains("rating difference 1.063, 95% interval [0.2078, 1.917]");
    }

    @Test
    void tooFewUnitsContinueAndNameTheCounts() {
        List<MetricEvent> events = new ArrayList<>();
        rate(events, "control", "a", 1, 2);
        rate(events, "control", "b", 3);
        rate(events, "treatment", "c", 5, 5);
        rate(events, "treatment", "d", 4);
        OnlineResults results = OnlineResults.analyze(definition(), InMemoryEventLog.totals(events, "ratings", 1),
                AnalysisPlan.ratingDefaults());
        assertThat(results.treatments().get(0).decision()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(results.treatments().get(0).reason())
                .isEqualTo("need at least 500 units observing rating per arm; control has 2, treatment has 2");
        assertThat(results.sampleRatio().orElseThrow().mismatch()).isFalse();
        assertThat(InMemoryEventLog.totals(events, "ratings", 1).metrics().get("control"))
                .containsOnlyKeys(OnlineMetric.RATING, OnlineMetric.ERROR_RATE);
        assertThat(InMemoryEventLog.totals(events, "ratings", 1).of("control", OnlineMetric.ERROR_RATE))
                .isEqualTo(new MetricTotals(2, 0, 3, 0, 5, 0));
    }
}
