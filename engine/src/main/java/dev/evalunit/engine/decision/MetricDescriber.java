package dev.evalunit.engine.decision;

import dev.evalunit.api.run.MetricStats;
import dev.evalunit.api.run.VarianceSplit;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.stats.Interval;
import dev.evalunit.stats.Summary;
import dev.evalunit.stats.VarianceComponents;
import dev.evalunit.stats.VarianceDecomposition;
import dev.evalunit.stats.SampleSummary;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/** Summarises one variant's values of one metric with the stats module. */
final class MetricDescriber {

    private final Observations observations;
    private final double confidence;

    MetricDescriber(Observations observations, double confidence) {
        this.observations = observations;
        this.confidence = confidence;
    }

    /** The summary, or empty when the variant has no value of the metric. */
    Optional<MetricStats> describe(String variantId, String metric) {
        Optional<BuiltInMetric> builtIn = BuiltInMetric.named(metric);
        if (builtIn.isPresent() && !builtIn.get().paired()) {
            return variantLevel(variantId, builtIn.get());
        }
        double[][] matrix = observations.matrix(variantId, metric);
        long values = Arrays.stream(matrix).mapToLong(r -> r.length).sum();
        if (values == 0) {
            return Optional.empty();
        }
        SampleSummary summary = SampleSummary.ofRepeats(matrix, confidence);
        Summary s = summary.summary();
        return Optional.of(new MetricStats(variantId, s.count(), values, s.mean(), s.sd(), s.min(), s.p25(),
                s.median(), s.p75(), s.p95(), s.max(), bound(summary.ci().map(Interval::low)),
                bound(summary.ci().map(Interval::high)), variance(matrix)));
    }

    private Optional<MetricStats> variantLevel(String variantId, BuiltInMetric metric) {
        if (metric == BuiltInMetric.COST_PER_SUCCESS) {
            OptionalDouble value = observations.costPerSuccess(variantId);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            double v = value.getAsDouble();
            return Optional.of(new MetricStats(variantId, observations.passedCases(variantId),
                    observations.passedCases(variantId), v, 0, v, v, v, v, v, v, OptionalDouble.empty(),
                    OptionalDouble.empty(), Optional.empty()));
        }
        double[] latencies = observations.flat(variantId, BuiltInMetric.LATENCY_MS.metric());
        if (latencies.length == 0) {
            return Optional.empty();
        }
        Summary s = Summary.of(latencies);
        double value = metric == BuiltInMetric.LATENCY_P50_MS ? s.median() : s.p95();
        int cases = (int) Arrays.stream(observations.matrix(variantId, BuiltInMetric.LATENCY_MS.metric()))
                .filter(r -> r.length > 0).count();
        return Optional.of(new MetricStats(variantId, cases, latencies.length, value, s.sd(), s.min(), s.p25(),
                s.median(), s.p75(), s.p95(), s.max(), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty()));
    }

    private static Optional<VarianceSplit> variance(double[][] matrix) {
        long cases = Arrays.stream(matrix).filter(r -> r.length > 0).count();
        boolean repeated = Arrays.stream(matrix).anyMatch(r -> r.length > 1);
        if (cases < 2 || !repeated) {
            return Optional.empty();
        }
        VarianceComponents c = VarianceDecomposition.of(matrix);
        return Optional.of(new VarianceSplit(c.betweenCaseVariance(), c.withinCaseVariance(), c.icc(),
                c.standardError(), c.naiveStandardError(), c.narrowestBy()));
    }

    private static OptionalDouble bound(Optional<Double> value) {
        return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
