package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How much of a treatment's primary metric is missing against the baseline's, counted per case (the unit the
 * comparison pairs): a case lacks the metric when one of its samples does (its call failed or its scorer gave
 * only error scores: a judge that refused or replied unusably). Comparing only what is left compares
 * differently filtered cases, so a decision on data missing differently per variant says so and is never to
 * ship.
 *
 * @param variantId       the treatment variant
 * @param metric          the primary metric
 * @param unit            what is counted: {@code cases}
 * @param baselineMissing the baseline's units without a value
 * @param baselineTotal   the baseline's units
 * @param variantMissing  the treatment's units without a value
 * @param variantTotal    the treatment's units
 * @param pValue          two-sided p-value of the exact McNemar test on the cases only one variant misses
 * @param flagged         whether some case misses the metric under one variant only: the data is missing
 *                        differently per variant
 */
@API(status = EXPERIMENTAL, since = "0.1")
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
