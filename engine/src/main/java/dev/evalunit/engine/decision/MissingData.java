package dev.evalunit.engine.decision;

import dev.evalunit.api.run.MissingDataCheck;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.stats.TwoProportionTest;

import java.util.Optional;

/**
 * Checks whether a metric is missing differently in a treatment than in the baseline: a judge that refuses
 * or garbles half of one variant's outputs leaves that variant measured on the outputs it liked. Per sample
 * for scorer metrics (a sample lacks the value when its call or every score of the metric failed), per case
 * for metrics a suite-level scorer gives each case; the two missing shares are compared with the pooled
 * two-proportion z test, like the error rate.
 */
final class MissingData {

    private final Observations observations;
    private final double alpha;

    MissingData(Observations observations, double alpha) {
        this.observations = observations;
        this.alpha = alpha;
    }

    /** The check of one treatment against the baseline; empty when either did not run. */
    Optional<MissingDataCheck> check(String baseline, String treatment, String metric) {
        long[] base = counts(baseline, metric);
        long[] treated = counts(treatment, metric);
        if (base[1] == 0 || treated[1] == 0) {
            return Optional.empty();
        }
        double p = TwoProportionTest.test(base[0], base[1], treated[0], treated[1], 1 - alpha).pValue();
        return Optional.of(new MissingDataCheck(treatment, metric, observations.perCase(metric) ? "cases" : "samples",
                base[0], base[1], treated[0], treated[1], p, p < alpha));
    }

    /** {missing, total} of a variant's units. */
    private long[] counts(String variant, String metric) {
        double[][] values = observations.matrix(variant, metric);
        double[][] samples = observations.matrix(variant, BuiltInMetric.ERROR_RATE.metric());
        long missing = 0;
        long total = 0;
        for (int i = 0; i < samples.length; i++) {
            if (samples[i].length == 0) {
                continue;
            }
            int expected = observations.perCase(metric) ? 1 : samples[i].length;
            total += expected;
            missing += Math.max(0, expected - values[i].length);
        }
        return new long[] {missing, total};
    }
}
