package dev.evalunit.reports;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.stats.Direction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Each case's paired difference on the primary metric, treatment minus baseline, over the case's repeats (the
 * d<sub>i</sub> the comparison stands on), from the case summaries: what the report's review sorts, filters and
 * plots by. A case has no difference under a treatment unless both it and the baseline have a value.
 */
final class CaseDifferences {

    private static final String PASS_RATE = "pass_rate";
    private static final String LATENCY = "latency_ms";

    private final Optional<String> metric;
    private final Direction direction;
    private final Map<String, Map<String, Double>> means = new HashMap<>();
    private final String baselineId;

    /**
     * @param metric    the primary metric; without one no case has a difference
     * @param direction its direction; a metric with a target range compares each case's mean distance to it
     * @param index     the run's samples, for a target range (a case summary's mean has lost the distances)
     */
    CaseDifferences(List<VariantSummary> variants, String baselineId, Optional<String> metric, Direction direction,
                RunIndex index) {
        this.metric = metric;
        this.direction = direction;
        this.baselineId = baselineId;
        metric.ifPresent(name -> variants.forEach(v -> {
            Map<String, Double> byCase = new HashMap<>();
            if (direction instanceof Direction.Within) {
                double[][] values = index.variant(v.variantId()).values(name);
                for (int i = 0; i < values.length; i++) {
                    String caseId = index.caseIds().get(i);
                    Arrays.stream(values[i]).map(direction::compared).average()
                            .ifPresent(distance -> byCase.put(caseId, distance));
                }
            } else {
                v.cases().forEach(c -> mean(c, name).ifPresent(m -> byCase.put(c.caseId(), m)));
            }
            means.put(v.variantId(), byCase);
        }));
    }

    /** The primary metric, when the run has one. */
    Optional<String> metric() {
        return metric;
    }

    Direction direction() {
        return direction;
    }

    /** Treatment minus baseline on a case; empty for the baseline itself or when either lacks a value. */
    OptionalDouble difference(String variantId, String caseId) {
        if (variantId.equals(baselineId)) {
            return OptionalDouble.empty();
        }
        Double treatment = means.getOrDefault(variantId, Map.of()).get(caseId);
        Double baseline = means.getOrDefault(baselineId, Map.of()).get(caseId);
        return treatment == null || baseline == null ? OptionalDouble.empty()
                : OptionalDouble.of(treatment - baseline);
    }

    /** Whether a difference means the treatment did worse (below the baseline, or above it for lower-is-better). */
    boolean worse(double difference) {
        return direction.orient(difference) < 0;
    }

    private static Optional<Double> mean(CaseSummary c, String metric) {
        Optional<Double> scored = c.metrics().stream().filter(m -> m.name().equals(metric)).findFirst()
                .map(MetricSummary::mean);
        if (scored.isPresent()) {
            return scored;
        }
        int scoredRepeats = c.repeats() - c.errorRepeats();
        if (metric.equals(PASS_RATE) && scoredRepeats > 0) {
            return Optional.of((double) c.passedRepeats() / scoredRepeats);
        }
        if (metric.equals(LATENCY) && c.meanLatencyMs().isPresent()) {
            return Optional.of(c.meanLatencyMs().getAsDouble());
        }
        return Optional.empty();
    }
}
