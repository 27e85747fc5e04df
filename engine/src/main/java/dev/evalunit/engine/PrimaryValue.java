package dev.evalunit.engine;

import dev.evalunit.engine.suite.BuiltInMetric;

import java.util.OptionalDouble;

/** One repeat's value of a compared metric, as the run's stop and repeat rules read it before the decisions. */
final class PrimaryValue {

    private PrimaryValue() {
    }

    /**
     * The repeat's value: 1/0 for the error and pass rates, else the mean of the metric's scores (several with judge
     * repeats); empty for an error sample or a repeat without the score.
     */
    static OptionalDouble of(ScoredSample repeat, String metric) {
        if (metric.equals(BuiltInMetric.ERROR_RATE.metric())) {
            return OptionalDouble.of(repeat.sample().isError() ? 1.0 : 0.0);
        }
        if (repeat.sample().isError()) {
            return OptionalDouble.empty();
        }
        if (metric.equals(BuiltInMetric.PASS_RATE.metric())) {
            return OptionalDouble.of(repeat.passed() ? 1.0 : 0.0);
        }
        return repeat.scores().stream().filter(s -> s.name().equals(metric) && s.value().isPresent())
                .mapToDouble(s -> s.value().getAsDouble()).average();
    }
}
