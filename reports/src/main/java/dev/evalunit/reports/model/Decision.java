package dev.evalunit.reports.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The comparison's verdict, for the banner at the top of the report.
 *
 * @param outcome      {@code SHIP_TREATMENT}, {@code KEEP_CONTROL}, {@code NO_DIFFERENCE} or {@code CONTINUE}
 * @param winner       the variant the verdict favours, when there is one
 * @param baseline     the variant compared against
 * @param metric       the primary metric
 * @param difference   winner (or best treatment) minus baseline on that metric
 * @param low          lower end of the difference's interval
 * @param high         upper end of the difference's interval
 * @param pValue       the (adjusted) p-value of that difference
 * @param rule         the decision rule in words
 * @param gatesPassed  whether every gate passed, when the run has gates
 */
public record Decision(String outcome, Optional<String> winner, String baseline, String metric,
                       OptionalDouble difference, OptionalDouble low, OptionalDouble high, OptionalDouble pValue,
                       Optional<String> rule, Optional<Boolean> gatesPassed) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(gatesPassed, "gatesPassed");
    }

    /** The banner's tone: {@code good} to ship, {@code wait} to continue, {@code neutral} otherwise. */
    public String tone() {
        return switch (outcome) {
            case "SHIP_TREATMENT" -> "good";
            case "CONTINUE" -> "wait";
            default -> "neutral";
        };
    }

    /** The verdict in words. */
    public String headline() {
        return switch (outcome) {
            case "SHIP_TREATMENT" -> "Ship " + winner.orElse("the treatment");
            case "KEEP_CONTROL" -> "Keep " + baseline;
            case "NO_DIFFERENCE" -> "No meaningful difference: keep " + baseline;
            case "CONTINUE" -> "Not enough evidence yet: keep " + baseline + " and collect more data";
            default -> outcome;
        };
    }
}
