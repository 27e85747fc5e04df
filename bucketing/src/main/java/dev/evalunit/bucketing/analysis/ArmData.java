package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.metrics.Outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** The events of one variant, and the values of each metric up to a point in time. */
final class ArmData {

    final String variantId;
    final Set<String> units = new HashSet<>();
    final List<Long> times = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    ArmData(String variantId) {
        this.variantId = variantId;
    }

    void observe(long epochMillis, Outcome outcome) {
        times.add(epochMillis);
        outcomes.add(outcome);
    }

    /** The metric's values (means) recorded before {@code cutoffMillis}. */
    double[] values(Metric metric, long cutoffMillis) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (times.get(i) < cutoffMillis) {
                OptionalDouble value = value(metric, outcomes.get(i));
                if (value.isPresent()) {
                    values.add(value.getAsDouble());
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {successes, trials} of a proportion metric before {@code cutoffMillis}. */
    long[] counts(Metric metric, long cutoffMillis) {
        long successes = 0;
        long trials = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (times.get(i) >= cutoffMillis) {
                continue;
            }
            if (metric == Metric.ERROR_RATE) {
                if (!outcome.isRequest()) {
                    continue;
                }
                trials++;
                successes += outcome.error() ? 1 : 0;
            } else if (outcome.success().isPresent()) {
                trials++;
                successes += outcome.success().get() ? 1 : 0;
            }
        }
        return new long[] {successes, trials};
    }

    /** How many observations of {@code metric} there are. */
    long observations(Metric metric) {
        return metric.proportion() ? counts(metric, Long.MAX_VALUE)[1] : values(metric, Long.MAX_VALUE).length;
    }

    private static OptionalDouble value(Metric metric, Outcome outcome) {
        return switch (metric) {
            case RATING -> outcome.rating();
            case LATENCY -> outcome.latencyMillis();
            case COST -> outcome.costUsd();
            case ERROR_RATE, SUCCESS_RATE -> throw new IllegalArgumentException(metric + " is a proportion");
        };
    }
}
