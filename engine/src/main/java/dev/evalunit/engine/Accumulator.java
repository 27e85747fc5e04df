package dev.evalunit.engine;

import dev.evalunit.api.run.MetricSummary;

/** Running mean, variance (Welford), min and max of one metric; values are never stored. */
final class Accumulator {

    private long count;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        squares += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    long count() {
        return count;
    }

    double mean() {
        return mean;
    }

    /** Sample standard deviation; 0 for a single value. */
    double sd() {
        return count < 2 ? 0.0 : Math.sqrt(Math.max(0.0, squares / (count - 1)));
    }

    MetricSummary summary(String name) {
        return new MetricSummary(name, count, mean, sd(), min, max);
    }
}
