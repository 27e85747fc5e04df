package dev.evalunit.api.run;

import java.util.Objects;

/**
 * Where a variant's metric varies: between cases (some cases are harder) or within a case (repeats differ),
 * and therefore what narrows its interval most.
 *
 * @param betweenCaseVariance ω², variance of the cases' true means
 * @param withinCaseVariance  σ², variance of repeats around their case mean
 * @param icc                 intraclass correlation ω² / (ω² + σ²)
 * @param standardError       standard error of the variant mean under the two-level model
 * @param naiveStandardError  the (too small) standard error if every repeat were independent
 * @param narrowestBy         {@code MORE_CASES} or {@code MORE_REPEATS}: what shrinks the standard error most
 */
public record VarianceSplit(double betweenCaseVariance, double withinCaseVariance, double icc, double standardError,
                            double naiveStandardError, String narrowestBy) {

    public VarianceSplit {
        Objects.requireNonNull(narrowestBy, "narrowestBy");
    }
}
