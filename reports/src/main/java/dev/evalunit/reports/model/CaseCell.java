package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One case under one variant: its verdict and every repeat.
 *
 * @param variantId     the variant
 * @param baseline      whether this is the baseline (its outputs are not diffed)
 * @param ran           whether the variant ran this case at all
 * @param passed        whether the case passed under this variant
 * @param passedRepeats repeats that passed
 * @param repeats       repeats that ran
 * @param errorRepeats  repeats that ended in an error
 * @param failure       why it failed, when it did
 * @param samples       its repeats in order
 * @param difference    its paired difference on the primary metric against the baseline (treatment minus
 *                      baseline over the repeats), when both have a value; empty for the baseline
 */
@API(status = INTERNAL, since = "0.1")
public record CaseCell(String variantId, boolean baseline, boolean ran, boolean passed, int passedRepeats,
                       int repeats, int errorRepeats, Optional<String> failure, List<SampleView> samples,
                       OptionalDouble difference) {

    public CaseCell {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(failure, "failure");
        samples = List.copyOf(samples);
        Objects.requireNonNull(difference, "difference");
    }
}
