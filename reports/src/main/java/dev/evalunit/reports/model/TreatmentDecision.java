package dev.evalunit.reports.model;

import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One treatment's decision against the baseline on the primary metric, with what more data would take.
 *
 * @param variant           the treatment's name
 * @param outcome           its decision
 * @param difference        treatment minus baseline
 * @param low               decision interval, low end
 * @param high              decision interval, high end
 * @param cases             paired cases behind it
 * @param reason            the decision in one sentence
 * @param adjustedPValue    the primary metric's adjusted p-value, when compared
 * @param detectableEffect  the effect these cases detect with 80% power, when estimable
 * @param casesNeeded       cases needed to detect the minimum effect at the current repeats, when the decision is
 *                          not reached ({@code CONTINUE}) and the number is estimable
 * @param repeatsNeeded     repeats per case that would detect it with the current cases, when the decision is not
 *                          reached and some would
 * @param errorRateFlagged  whether its error rate differs from the baseline's
 * @param errorRate         its error rate, when checked
 * @param baselineErrorRate the baseline's error rate, when checked
 * @param warnings          what else makes the decision shaky, one sentence each: a judge error rate or a
 *                          primary metric missing differently than the baseline's
 */
@API(status = INTERNAL, since = "0.1")
public record TreatmentDecision(String variant, TreatmentVerdict outcome, double difference, double low, double high, int cases,
                                String reason, OptionalDouble adjustedPValue, OptionalDouble detectableEffect,
                                OptionalLong casesNeeded, OptionalInt repeatsNeeded, boolean errorRateFlagged,
                                OptionalDouble errorRate, OptionalDouble baselineErrorRate,
                                List<String> warnings) {

    public TreatmentDecision {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(adjustedPValue, "adjustedPValue");
        Objects.requireNonNull(detectableEffect, "detectableEffect");
        Objects.requireNonNull(casesNeeded, "casesNeeded");
        Objects.requireNonNull(repeatsNeeded, "repeatsNeeded");
        Objects.requireNonNull(errorRate, "errorRate");
        Objects.requireNonNull(baselineErrorRate, "baselineErrorRate");
        warnings = List.copyOf(warnings);
    }

    /** Whether the decision is still open: more data would settle it. */
    public boolean continuing() {
        return outcome == TreatmentVerdict.CONTINUE;
    }
}
