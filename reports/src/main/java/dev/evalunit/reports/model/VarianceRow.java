package dev.evalunit.reports.model;

import dev.evalunit.stats.VarianceComponents.Lever;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How one variant's scores on one metric vary between cases and between repeats of a case.
 *
 * @param variant       the variant name
 * @param metric        the metric
 * @param cases         cases used
 * @param between       between-case variance ω²
 * @param within        within-case (repeat) variance σ²
 * @param icc           ω² / (ω² + σ²)
 * @param standardError standard error of the variant mean under the two-level model
 * @param lever         more cases or more repeats: what narrows the interval most
 * @param doubleCases   the standard error with twice the cases
 * @param doubleRepeats the standard error with twice the repeats
 */
@API(status = INTERNAL, since = "0.1")
public record VarianceRow(String variant, String metric, int cases, double between, double within, double icc,
                          double standardError, Lever lever, double doubleCases, double doubleRepeats) {

    public VarianceRow {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(lever, "lever");
    }

    /** Whether more cases narrow the interval most (else more repeats). */
    public boolean moreCases() {
        return lever == Lever.MORE_CASES;
    }
}
