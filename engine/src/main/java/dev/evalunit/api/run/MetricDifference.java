package dev.evalunit.api.run;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One treatment variant against the baseline on one metric, paired case by case:
 * {@code d_i = mean_k(variant_i) − mean_k(baseline_i)}.
 *
 * @param variantId               the treatment variant
 * @param cases                   cases where both variants have a valid value
 * @param droppedCases            cases left out because one of the two had no valid value
 * @param baselineMean            mean of the baseline's per-case means over the paired cases
 * @param variantMean             mean of the variant's per-case means over the paired cases
 * @param difference              mean per-case difference, variant − baseline
 * @param ciLow                   lower bound of the interval at {@link Comparison#confidence()}, by {@code method}
 * @param ciHigh                  upper bound of that interval
 * @param pValue                  two-sided p-value, by {@code method}; 1 when every difference is 0
 * @param adjustedPValue          the p-value after the suite's correction over all compared (metric, variant) pairs
 * @param significant             whether {@code adjustedPValue < alpha}
 * @param bootstrapLow            lower bound of the paired bootstrap interval (robustness check)
 * @param bootstrapHigh           upper bound of the bootstrap interval
 * @param wilcoxonPValue          Wilcoxon signed-rank p-value (non-parametric check)
 * @param minimumDetectableEffect the effect this many cases detect with 80% power, when the variance is estimable
 * @param casesNeeded             cases needed in all to detect, with 80% power at the current repeats, the
 *                                minimum effect (primary metric, when it is above 0) or the observed
 *                                difference (other metrics); empty when the variance cannot be estimated
 * @param repeatsNeeded           repeats per case (both variants) that would detect the same effect with the
 *                                current cases, when the metric was repeated and some number up to 100 would
 * @param method                  how the interval and p-value were computed: {@value #PAIRED_T} (t interval and
 *                                paired t test), {@value #BINARY} (Newcombe interval and exact McNemar test, for a
 *                                0/1 metric with one repeat per case), {@value #CLUSTERED} (cluster-robust CR1
 *                                standard error with a t reference on clusters − 1 degrees of freedom, when cases
 *                                name a {@code cluster}) or {@value #SIGN_FLIP} (exact sign-flip test over the
 *                                cases and the interval that inverts it, up to 24 cases; with fewer cases than
 *                                the test needs to reach alpha the interval is the range of the per-case
 *                                differences widened to include 0)
 */
public record MetricDifference(String variantId, int cases, int droppedCases, double baselineMean,
                               double variantMean, double difference, double ciLow, double ciHigh, double pValue,
                               double adjustedPValue, boolean significant, double bootstrapLow, double bootstrapHigh,
                               double wilcoxonPValue, OptionalDouble minimumDetectableEffect,
                               OptionalLong casesNeeded, OptionalInt repeatsNeeded, String method) {

    /** {@link #method()} of the paired t analysis. */
    public static final String PAIRED_T = "paired-t";
    /** {@link #method()} of binary metrics: Newcombe interval, exact McNemar test. */
    public static final String BINARY = "newcombe-mcnemar";
    /** {@link #method()} of clustered cases: cluster-robust standard error. */
    public static final String CLUSTERED = "clustered-t";
    /** {@link #method()} of small suites: exact sign-flip test and its inverted interval. */
    public static final String SIGN_FLIP = "sign-flip-exact";

    public MetricDifference {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(minimumDetectableEffect, "minimumDetectableEffect");
        Objects.requireNonNull(casesNeeded, "casesNeeded");
        Objects.requireNonNull(repeatsNeeded, "repeatsNeeded");
    }

    /** A difference computed by the paired t analysis. */
    public MetricDifference(String variantId, int cases, int droppedCases, double baselineMean, double variantMean,
                            double difference, double ciLow, double ciHigh, double pValue, double adjustedPValue,
                            boolean significant, double bootstrapLow, double bootstrapHigh, double wilcoxonPValue,
                            OptionalDouble minimumDetectableEffect, OptionalLong casesNeeded,
                            OptionalInt repeatsNeeded) {
        this(variantId, cases, droppedCases, baselineMean, variantMean, difference, ciLow, ciHigh, pValue,
                adjustedPValue, significant, bootstrapLow, bootstrapHigh, wilcoxonPValue, minimumDetectableEffect,
                casesNeeded, repeatsNeeded, PAIRED_T);
    }
}
