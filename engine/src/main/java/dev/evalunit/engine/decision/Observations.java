package dev.evalunit.engine.decision;

import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Every metric value of a run, by variant, metric and case, kept so the comparison and the gates can pair
 * the variants case by case. Error samples count only in {@code error_rate} and judge scores in error only in
 * {@code judge_error_rate} (one 0/1 value per judge score); a sample's several scores of
 * one metric (judge repeats) count as their mean. Cases are indexed in suite order, so every variant's
 * matrix lines up with every other's. Thread-safe: cases complete on several threads.
 */
@API(status = INTERNAL, since = "0.1")
public final class Observations {

    private final Map<String, Integer> caseIndex = new HashMap<>();
    private final Map<String, Map<String, Map<Integer, List<Double>>>> values = new LinkedHashMap<>();
    private final Set<String> scorerMetrics = new LinkedHashSet<>();
    private final Set<String> perCaseMetrics = new LinkedHashSet<>();
    private final Map<String, double[]> costs = new HashMap<>();
    private final Map<String, Integer> passedCases = new HashMap<>();
    private final Set<String> latencyExcluded = new HashSet<>();

    /** @param caseIds every case of the suite, in suite order */
    public Observations(List<String> caseIds) {
        for (String id : caseIds) {
            caseIndex.put(id, caseIndex.size());
        }
    }

    /**
     * Leaves the latencies ({@code latency_ms}, {@code ttft_ms} and the percentiles) of these cases out under
     * every variant, so a warm-up cannot bias them and the comparison stays paired; call before adding.
     */
    public synchronized void excludeLatencies(Set<String> caseIds) {
        latencyExcluded.addAll(caseIds);
    }

    /** Adds one case's repeats under one variant. */
    public synchronized void add(String variantId, String caseId, boolean casePassed, List<SampleRecord> repeats) {
        int index = caseIndex.get(caseId);
        boolean latencies = !latencyExcluded.contains(caseId);
        passedCases.merge(variantId, casePassed ? 1 : 0, Integer::sum);
        double[] cost = costs.computeIfAbsent(variantId, v -> new double[] {0, 0});
        for (SampleRecord record : repeats) {
            put(variantId, BuiltInMetric.ERROR_RATE.metric(), index, record.isError() ? 1 : 0);
            if (record.isError()) {
                continue;
            }
            put(variantId, BuiltInMetric.PASS_RATE.metric(), index, record.passed() ? 1 : 0);
            if (latencies) {
                record.latencyMs().ifPresent(v -> put(variantId, BuiltInMetric.LATENCY_MS.metric(), index, v));
                record.timeToFirstTokenMs().ifPresent(v -> put(variantId, BuiltInMetric.TTFT_MS.metric(), index, v));
            }
            record.inputTokens().ifPresent(v -> put(variantId, BuiltInMetric.INPUT_TOKENS.metric(), index, v));
            record.outputTokens().ifPresent(v -> put(variantId, BuiltInMetric.OUTPUT_TOKENS.metric(), index, v));
            if (record.costUsd().isPresent()) {
                put(variantId, BuiltInMetric.COST_PER_REQUEST.metric(), index, record.costUsd().getAsDouble());
                cost[0] += record.costUsd().getAsDouble();
            } else {
                cost[1]++;
            }
            Map<String, double[]> perMetric = new LinkedHashMap<>();
            for (Score score : record.scores()) {
                if (score.isJudged()) {
                    put(variantId, BuiltInMetric.JUDGE_ERROR_RATE.metric(), index, score.isError() ? 1 : 0);
                }
                if (score.value().isPresent()) {
                    double[] sum = perMetric.computeIfAbsent(score.name(), n -> new double[2]);
                    sum[0] += score.value().getAsDouble();
                    sum[1]++;
                }
            }
            perMetric.forEach((metric, sum) -> {
                scorerMetrics.add(metric);
                put(variantId, metric, index, sum[0] / sum[1]);
            });
        }
    }

    /** Adds one value of a metric computed over the whole suite (a suite-level scorer's) to a variant's case. */
    public synchronized void add(String variantId, String caseId, String metric, double value) {
        Integer index = caseIndex.get(caseId);
        if (index != null) {
            scorerMetrics.add(metric);
            perCaseMetrics.add(metric);
            put(variantId, metric, index, value);
        }
    }

    /** {@code values[case][repeat]} of a metric under a variant, cases in suite order (empty rows where none). */
    public synchronized double[][] matrix(String variantId, String metric) {
        Map<Integer, List<Double>> cases = values.getOrDefault(variantId, Map.of()).getOrDefault(metric, Map.of());
        double[][] matrix = new double[caseIndex.size()][];
        for (int i = 0; i < matrix.length; i++) {
            List<Double> repeats = cases.getOrDefault(i, List.of());
            matrix[i] = repeats.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return matrix;
    }

    /**
     * {@code values[case][repeat]} as variants are compared on them: the values themselves, or for a metric with a
     * target range each value's distance to the range, so that closer to the range is better (never higher).
     */
    public synchronized double[][] compared(String variantId, String metric, Direction direction) {
        double[][] matrix = matrix(variantId, metric);
        for (double[] repeats : matrix) {
            for (int r = 0; r < repeats.length; r++) {
                repeats[r] = direction.compared(repeats[r]);
            }
        }
        return matrix;
    }

    /** Every value of a metric under a variant, flattened. */
    public synchronized double[] flat(String variantId, String metric) {
        return Arrays.stream(matrix(variantId, metric)).flatMapToDouble(Arrays::stream).toArray();
    }

    /** The scorer metrics that had a value, in the order first seen. */
    public synchronized List<String> scorerMetrics() {
        return List.copyOf(scorerMetrics);
    }

    /** Whether a metric has one value per case (a suite-level scorer's) rather than one per sample. */
    public synchronized boolean perCase(String metric) {
        return perCaseMetrics.contains(metric);
    }

    /** Whether a variant ran at all. */
    public synchronized boolean ran(String variantId) {
        return values.containsKey(variantId);
    }

    /** The variant's total cost over its passed cases, when every successful sample's price was known. */
    public synchronized OptionalDouble costPerSuccess(String variantId) {
        double[] cost = costs.get(variantId);
        int passed = passedCases.getOrDefault(variantId, 0);
        return cost == null || cost[1] > 0 || passed == 0 || !ran(variantId) ? OptionalDouble.empty()
                : OptionalDouble.of(cost[0] / passed);
    }

    /** Cases of a variant that passed. */
    public synchronized int passedCases(String variantId) {
        return passedCases.getOrDefault(variantId, 0);
    }

    private void put(String variantId, String metric, int caseIndex, double value) {
        values.computeIfAbsent(variantId, v -> new LinkedHashMap<>())
                .computeIfAbsent(metric, m -> new HashMap<>())
                .computeIfAbsent(caseIndex, c -> new ArrayList<>(2))
                .add(value);
    }
}
