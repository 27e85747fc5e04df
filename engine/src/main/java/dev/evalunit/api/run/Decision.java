package dev.evalunit.api.run;

import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The decision on one treatment variant, taken from the interval of its primary-metric difference against
 * the minimum meaningful effect m (interval oriented so that positive means "treatment better"):
 * lower bound above 0 → {@link TreatmentVerdict#SHIP_TREATMENT} (or {@link TreatmentVerdict#NO_DIFFERENCE} when
 * even the upper bound is below m); upper bound below 0 → {@link TreatmentVerdict#KEEP_CONTROL}; whole interval
 * within (−m, m) → {@link TreatmentVerdict#NO_DIFFERENCE}; otherwise {@link TreatmentVerdict#CONTINUE}.
 *
 * @param variantId  the treatment variant
 * @param outcome    the decision
 * @param metric     the primary metric
 * @param difference variant − baseline on the primary metric
 * @param ciLow      lower bound of the decision interval
 * @param ciHigh     upper bound of the decision interval
 * @param confidence confidence level of the decision interval (1 − alpha, Bonferroni-split over treatments)
 * @param cases      paired cases behind it
 * @param reason     the decision in one sentence a person can check
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Decision(String variantId, TreatmentVerdict outcome, String metric, double difference,
                       double ciLow, double ciHigh, double confidence, int cases, String reason) {

    public Decision {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(reason, "reason");
    }
}
