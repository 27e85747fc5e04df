package dev.evalunit.api.run;

import dev.evalunit.stats.VarianceComponents;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where a variant's metric varies: between cases (some cases are harder) or within a case (repeats differ),
 * and therefore what narrows its interval most.
 *
 * @param betweenCaseVariance ω², variance of the cases' true means
 * @param withinCaseVariance  σ², variance of repeats around their case mean
 * @param icc                 intraclass correlation ω² / (ω² + σ²)
 * @param standardError       standard error of the variant mean under the two-level model
 * @param naiveStandardError  the (too small) standard error if every repeat were independent
 * @param narrowestBy         more cases or more repeats: what shrinks the standard error most
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VarianceSplit(double betweenCaseVariance, double withinCaseVariance, double icc, double standardError,
                            double naiveStandardError, VarianceComponents.Lever narrowestBy) {

    public VarianceSplit {
        Objects.requireNonNull(narrowestBy, "narrowestBy");
    }
}
