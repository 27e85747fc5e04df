package dev.evalunit.api.run;

import java.util.Objects;

/**
 * A treatment's error rate against the baseline's. Error samples are excluded from every quality metric, so
 * a variant that fails more often looks better than it is; a difference whose interval excludes 0 is
 * flagged (as the source article warns) and must be read next to the decision.
 *
 * Errors are compared per case (each case's share of failed samples, treatment minus baseline), by the same
 * paired methods as every metric, since a case's repeats are not independent samples.
 *
 * @param variantId    the treatment variant
 * @param baselineRate the baseline's mean per-case share of error samples
 * @param variantRate  the treatment's mean per-case share of error samples
 * @param difference   {@code variantRate − baselineRate}, the mean per-case difference
 * @param ciLow        lower bound of the paired interval of the difference at the comparison's confidence
 *                     (exact sign-flip, Newcombe, cluster-robust or paired t, as for any metric)
 * @param ciHigh       upper bound of that interval
 * @param pValue       two-sided p-value of the same paired test
 * @param flagged      whether {@code pValue < alpha}: the error rates differ, so the quality metrics of the two
 *                     variants are measured on differently filtered samples
 */
public record ErrorRateCheck(String variantId, double baselineRate, double variantRate, double difference,
                             double ciLow, double ciHigh, double pValue, boolean flagged) {

    public ErrorRateCheck {
        Objects.requireNonNull(variantId, "variantId");
    }
}
