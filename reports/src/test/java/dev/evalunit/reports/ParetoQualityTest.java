package dev.evalunit.reports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which metric the Pareto view plots as quality. */
class ParetoQualityTest {

    @Test
    void aScorerPrimaryMetricIsTheQualityAxis() {
        assertThat(ReportBuilder.paretoQuality(Optional.of("exact"), List.of("quality", "exact"))).contains("exact");
    }

    @Test
    void aCostPrimaryMetricStillPlotsTheFirstScorerMetricAgainstCost() {
        assertThat(ReportBuilder.paretoQuality(Optional.of("cost_per_request"), List.of("correctness", "judge")))
                .contains("correctness");
    }

    @Test
    void aRunWithoutScorerMetricsHasNoQualityAxis() {
        assertThat(ReportBuilder.paretoQuality(Optional.of("cost_per_request"), List.of())).isEmpty();
    }
}
