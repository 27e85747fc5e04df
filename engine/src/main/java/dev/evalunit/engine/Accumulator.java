package dev.evalunit.engine;

import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.stats.RunningMoments;

/** One metric's running summary for the run model, from the stats module's running moments; values are never stored. */
final class Accumulator {

    private final RunningMoments moments = new RunningMoments();

    void add(double value) {
        moments.add(value);
    }

    long count() {
        return moments.count();
    }

    double mean() {
        return moments.mean();
    }

    MetricSummary summary(String name) {
        return new MetricSummary(name, moments.count(), moments.mean(), moments.sd(), moments.min(), moments.max());
    }
}
