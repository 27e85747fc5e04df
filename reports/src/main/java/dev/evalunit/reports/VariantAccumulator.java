package dev.evalunit.reports;

import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What one pass over {@code results.jsonl} learns about one variant: latencies, time to first token, cost
 * and every metric's values per case (the mean over a sample's judge repeats counts as one value).
 */
final class VariantAccumulator {

    private static final double[] NONE = new double[0];

    private final int caseCount;
    private final Doubles latencies = new Doubles();
    private final Doubles timesToFirstToken = new Doubles();
    private final Map<String, double[][]> values = new LinkedHashMap<>();
    private long successes;
    private long priced;
    private double cost;

    VariantAccumulator(int caseCount) {
        this.caseCount = caseCount;
    }

    void add(int caseIndex, SampleRecord record) {
        if (record.isError()) {
            return;
        }
        successes++;
        record.latencyMs().ifPresent(latencies::add);
        record.timeToFirstTokenMs().ifPresent(timesToFirstToken::add);
        if (record.costUsd().isPresent()) {
            priced++;
            cost += record.costUsd().getAsDouble();
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Score score : record.scores()) {
            if (score.value().isPresent()) {
                double[] sum = sums.computeIfAbsent(score.name(), name -> new double[2]);
                sum[0] += score.value().getAsDouble();
                sum[1]++;
            }
        }
        sums.forEach((metric, sum) -> append(metric, caseIndex, sum[0] / sum[1]));
    }

    private void append(String metric, int caseIndex, double value) {
        double[][] perCase = values.computeIfAbsent(metric, name -> {
            double[][] empty = new double[caseCount][];
            Arrays.fill(empty, NONE);
            return empty;
        });
        double[] old = perCase[caseIndex];
        double[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = value;
        perCase[caseIndex] = grown;
    }

    /** The metrics seen, in order of first appearance. */
    List<String> metrics() {
        return List.copyOf(values.keySet());
    }

    /** {@code values[case][repeat]} of a metric; every row empty when the metric never appeared. */
    double[][] values(String metric) {
        double[][] perCase = values.get(metric);
        if (perCase == null) {
            double[][] empty = new double[caseCount][];
            Arrays.fill(empty, NONE);
            return empty;
        }
        return perCase;
    }

    double[] latencies() {
        return latencies.toArray();
    }

    double[] timesToFirstToken() {
        return timesToFirstToken.toArray();
    }

    long successes() {
        return successes;
    }

    /** Mean cost per successful request, when every successful request was priced. */
    OptionalDouble costPerRequest() {
        return successes > 0 && priced == successes ? OptionalDouble.of(cost / successes) : OptionalDouble.empty();
    }
}
