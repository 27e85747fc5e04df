package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The console table and report entries show every metric row, the decision and a flagged error rate. */
class DecisionTableTest {

    private final Comparison comparison = new Comparison("control", "accuracy", List.of("latency_ms"), 0.05, 0.95,
            0.05, "holm", List.of(
            metric("accuracy", true, Direction.HIGHER, 0.62, 0.81, 0.19, 0.11, 0.27, 0.0004),
            metric("latency_ms", false, Direction.LOWER, 820, 610, -210, -260, -160, 0.001)),
            List.of(new Decision("candidate", TreatmentVerdict.SHIP_TREATMENT, "accuracy", 0.19, 0.11, 0.27, 0.95, 40,
                    "interval above 0")),
            List.of(new ErrorRateCheck("candidate", 0.01, 0.09, 0.08, 0.03, 0.13, 0.002, true)), "candidate");

    @Test
    void theTableHasOneRowPerMetricAndVariantThenTheDecisionAndTheWarning() {
        String table = DecisionTable.render("Support", comparison);

        assertThat(table.lines()).element(0).asString()
                .contains("comparison of Support", "baseline control", "95% intervals", "holm-adjusted p");
        assertThat(table).containsPattern("accuracy \\*\\s+candidate\\s+0\\.81\\s+\\+0\\.19\\s+\\[0\\.11, 0\\.27]\\s+4\\.000e-04\\s+better")
                .containsPattern("latency_ms\\s+candidate\\s+610\\s+-210\\s+\\[-260, -160]\\s+0\\.001\\s+better")
                .contains("decision candidate: SHIP_TREATMENT — interval above 0")
                .contains("WARNING error rate of candidate is 9% against 1% for control")
                .endsWith("keep: candidate\n");
        assertThat(table.lines().filter(l -> l.contains("control")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reportEntriesCarryEachDifferenceAndTheDecisions() {
        List<ReportEntry> entries = DecisionTable.entries(comparison);

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).getKeyValuePairs()).containsEntry("metric", "accuracy")
                .containsEntry("candidate.difference", "0.19").containsEntry("candidate.ci", "[0.11, 0.27]");
        assertThat(entries.get(2).getKeyValuePairs()).containsEntry("decision.candidate", "SHIP_TREATMENT")
                .containsEntry("errorRate.candidate", "9% (differs from the baseline's 1%)")
                .containsEntry("keep", "candidate");
    }

    private static MetricComparison metric(String name, boolean primary, Direction direction, double control,
                                           double candidate, double difference, double low, double high, double p) {
        return new MetricComparison(name, !primary, primary, direction, true,
                List.of(stats("control", control), stats("candidate", candidate)),
                List.of(new MetricDifference("candidate", 40, 0, control, candidate, difference, low, high, p / 2, p,
                        true, low, high, p, OptionalDouble.empty(), OptionalLong.empty(), OptionalInt.empty())));
    }

    private static MetricStats stats(String variant, double mean) {
        return new MetricStats(variant, 40, 40, mean, 0.1, mean, mean, mean, mean, mean, mean, OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty());
    }
}
