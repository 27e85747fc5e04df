package dev.evalunit.reports.model;

import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The comparison's verdict, for the banner at the top of the report: the overall outcome with the primary
 * metric's evidence for the featured treatment (the winner, or the treatment closest to winning), and every
 * treatment's own decision.
 *
 * @param outcome      the overall outcome
 * @param winner       the variant to run: the shipped treatment, else the baseline
 * @param featured     the treatment the evidence is about
 * @param baseline     the variant compared against
 * @param metric       the primary metric
 * @param difference   featured treatment minus baseline on that metric
 * @param low          lower end of the decision interval
 * @param high         upper end of the decision interval
 * @param confidence   the decision interval's confidence level
 * @param pValue       the adjusted p-value of that difference, when compared
 * @param rule         the featured treatment's decision in one sentence
 * @param gatesPassed  whether every gate let the build pass, when the run has gates
 * @param treatments   every treatment's decision, in suite order
 */
@API(status = INTERNAL, since = "0.1")
public record DecisionBanner(TreatmentVerdict outcome, String winner, String featured, String baseline, String metric,
                       double difference, double low, double high, double confidence, OptionalDouble pValue,
                       String rule, Optional<Boolean> gatesPassed, List<TreatmentDecision> treatments) {

    public DecisionBanner {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(featured, "featured");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(gatesPassed, "gatesPassed");
        treatments = List.copyOf(treatments);
    }

    /** The banner's tone: {@code good} to ship, {@code wait} to continue, {@code neutral} otherwise. */
    public String tone() {
        return switch (outcome) {
            case SHIP_TREATMENT -> "good";
            case CONTINUE -> "wait";
            case KEEP_CONTROL, NO_DIFFERENCE -> "neutral";
        };
    }

    /** The verdict in words. */
    public String headline() {
        return switch (outcome) {
            case SHIP_TREATMENT -> "Ship " + winner;
            case KEEP_CONTROL -> "Keep " + baseline;
            case NO_DIFFERENCE -> "No meaningful difference: keep " + baseline;
            case CONTINUE -> "Not enough evidence yet: keep " + baseline + " and collect more data";
        };
    }
}
