package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.stats.UnitTotals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The events of one variant, and the values of each metric up to a point in time, by randomisation unit:
 * a user's requests are not independent of each other, so every comparison works on per-unit sums and counts.
 */
final class ArmData {

    final String variantId;
    final Set<String> units = new HashSet<>();
    final List<Long> times = new ArrayList<>();
    final List<String> observedUnits = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    ArmData(String variantId) {
        this.variantId = variantId;
    }

    void observe(long epochMillis, String unitId, Outcome outcome) {
        times.add(epochMillis);
        observedUnits.add(unitId);
        outcomes.add(outcome);
    }

    /** The metric's values (means) recorded before {@code cutoffMillis}, one per request, for summaries. */
    double[] values(OnlineMetric metric, long cutoffMillis) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (times.get(i) < cutoffMillis) {
                value(metric, outcomes.get(i)).ifPresent(values::add);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {successes, trials} of a proportion metric before {@code cutoffMillis}, over requests. */
    long[] counts(OnlineMetric metric, long cutoffMillis) {
        long successes = 0;
        long trials = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (times.get(i) < cutoffMillis) {
                OptionalDouble value = value(metric, outcomes.get(i));
                if (value.isPresent()) {
                    trials++;
                    successes += value.getAsDouble() > 0 ? 1 : 0;
                }
            }
        }
        return new long[] {successes, trials};
    }

    /**
     * Per-unit sums and counts of the metric before {@code cutoffMillis}, over the units that made a request
     * (a unit without a value of this metric counts with sum and count 0); empty below 2 units or without any
     * value.
     */
    Optional<UnitTotals> totals(OnlineMetric metric, long cutoffMillis) {
        Map<String, double[]> perUnit = new LinkedHashMap<>();
        boolean any = false;
        for (int i = 0; i < outcomes.size(); i++) {
            if (times.get(i) >= cutoffMillis) {
                continue;
            }
            double[] totals = perUnit.computeIfAbsent(observedUnits.get(i), u -> new double[2]);
            OptionalDouble value = value(metric, outcomes.get(i));
            if (value.isPresent()) {
                totals[0] += value.getAsDouble();
                totals[1]++;
                any = true;
            }
        }
        if (perUnit.size() < 2 || !any) {
            return Optional.empty();
        }
        double[] sums = perUnit.values().stream().mapToDouble(t -> t[0]).toArray();
        double[] counts = perUnit.values().stream().mapToDouble(t -> t[1]).toArray();
        return Optional.of(UnitTotals.of(sums, counts));
    }

    /**
     * {per-unit means of the metric, the units' covariates} over the units that have both, for CUPED.
     */
    double[][] unitMeansWith(OnlineMetric metric, Map<String, Double> covariates) {
        Map<String, double[]> perUnit = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OptionalDouble value = value(metric, outcomes.get(i));
            if (value.isPresent() && covariates.containsKey(observedUnits.get(i))) {
                double[] totals = perUnit.computeIfAbsent(observedUnits.get(i), u -> new double[2]);
                totals[0] += value.getAsDouble();
                totals[1]++;
            }
        }
        double[] means = perUnit.values().stream().mapToDouble(t -> t[0] / t[1]).toArray();
        double[] x = perUnit.keySet().stream().mapToDouble(covariates::get).toArray();
        return new double[][] {means, x};
    }

    /** Units with at least one value of the metric before {@code cutoffMillis}. */
    long unitsWith(OnlineMetric metric, long cutoffMillis) {
        Set<String> with = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (times.get(i) < cutoffMillis && value(metric, outcomes.get(i)).isPresent()) {
                with.add(observedUnits.get(i));
            }
        }
        return with.size();
    }

    /** How many observations (requests) of {@code metric} there are. */
    long observations(OnlineMetric metric) {
        return values(metric, Long.MAX_VALUE).length;
    }

    /**
     * The metric's value of one request: 1/0 for the rates, empty when the request did not record it. An outcome
     * that only carries a rating or a conversion is not a request, so it has no error rate.
     */
    private static OptionalDouble value(OnlineMetric metric, Outcome outcome) {
        return switch (metric) {
            case RATING -> outcome.rating();
            case LATENCY -> outcome.latencyMillis();
            case COST -> outcome.costUsd();
            case ERROR_RATE -> outcome.isRequest()
                    ? OptionalDouble.of(outcome.error() ? 1 : 0) : OptionalDouble.empty();
            case SUCCESS_RATE -> outcome.success().map(s -> OptionalDouble.of(s ? 1 : 0)).orElse(OptionalDouble.empty());
        };
    }
}
