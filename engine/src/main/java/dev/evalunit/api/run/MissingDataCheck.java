package dev.evalunit.api.run;

import java.util.Objects;

/**
 * How much of a treatment's primary metric is missing against the baseline's. A sample lacks the metric when
 * its call failed or its scorer gave only error scores (a judge that refused or replied unusably); comparing
 * only what is left compares differently filtered samples, so a decision on data missing differently per
 * variant says so and is never to ship.
 *
 * @param variantId       the treatment variant
 * @param metric          the primary metric
 * @param unit            what is counted: {@code samples}, or {@code cases} for a metric with one value per case
 * @param baselineMissing the baseline's units without a value
 * @param baselineTotal   the baseline's units
 * @param variantMissing  the treatment's units without a value
 * @param variantTotal    the treatment's units
 * @param pValue          two-sided p-value of the pooled two-proportion z test of the missing shares
 * @param flagged         whether {@code pValue < alpha}: the data is missing differently per variant
 */
public record MissingDataCheck(String variantId, String metric, String unit, long baselineMissing,
                               long baselineTotal, long variantMissing, long variantTotal, double pValue,
                               boolean flagged) {

    public MissingDataCheck {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
    }

    /** The baseline's share of units without a value. */
    public double baselineRate() {
        return baselineTotal == 0 ? 0 : (double) baselineMissing / baselineTotal;
    }

    /** The treatment's share of units without a value. */
    public double variantRate() {
        return variantTotal == 0 ? 0 : (double) variantMissing / variantTotal;
    }

    /** Whether the two variants miss different shares at all (flagged or not). */
    public boolean differs() {
        return baselineMissing * variantTotal != variantMissing * baselineTotal;
    }
}
