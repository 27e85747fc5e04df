package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A case whose repeats disagree the most.
 *
 * @param caseId        the case
 * @param variant       the variant it is most unstable under
 * @param metric        the metric measured
 * @param sd            the standard deviation of that metric over the case's repeats
 * @param passedRepeats repeats that passed
 * @param repeats       repeats that ran
 */
@API(status = INTERNAL, since = "0.1")
public record UnstableCase(String caseId, String variant, String metric, double sd, int passedRepeats,
                           int repeats) {

    public UnstableCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
    }
}
