package dev.evalunit.reports;

import dev.evalunit.reports.model.Distribution;
import dev.evalunit.reports.model.Histogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Bins each variant's values of a metric over shared bins, so the rows of a distribution line up. */
final class Histograms {

    static final int BINS = 20;

    private Histograms() {
    }

    /**
     * The distribution of one metric.
     *
     * @param metric the metric
     * @param values each variant's name and values, in variant order; variants without values are skipped
     */
    static Distribution of(String metric, Map<String, double[]> values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] v : values.values()) {
            for (double x : v) {
                low = Math.min(low, x);
                high = Math.max(high, x);
            }
        }
        List<Histogram> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : values.entrySet()) {
            if (entry.getValue().length == 0) {
                continue;
            }
            long[] counts = new long[BINS];
            for (double x : entry.getValue()) {
                int bin = high == low ? BINS / 2 : (int) Math.min(BINS - 1, Math.floor((x - low) / (high - low) * BINS));
                counts[bin]++;
            }
            long tallest = Arrays.stream(counts).max().orElse(1);
            rows.add(new Histogram(entry.getKey(), entry.getValue().length, Arrays.stream(counts).boxed().toList(),
                    Arrays.stream(counts).mapToObj(c -> (double) c / tallest).toList()));
        }
        return new Distribution(metric, low, high, rows);
    }
}
