package dev.evalunit.api.run;

import java.util.Objects;

/**
 * The decision on one treatment variant, taken from the interval of its primary-metric difference against
 * the minimum meaningful effect m (interval oriented so that positive means "treatment better"):
 * lower bound above 0 → {@link Outcome#SHIP_TREATMENT} (or {@link Outcome#NO_DIFFERENCE} when even the upper
 * bound is below m); upper bound below 0 → {@link Outcome#KEEP_CONTROL}; whole interval within (−m, m) →
 * {@link Outcome#NO_DIFFERENCE}; otherwise {@link Outcome#CONTINUE}.
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
public record Decision(String variantId, Outcome outcome, String metric, double difference, double ciLow,
                       double ciHigh, double confidence, int cases, String reason) {

    /** What to do with a treatment. */
    public enum Outcome {
        /** The treatment is better, possibly by the minimum meaningful effect: ship it. */
        SHIP_TREATMENT,
        /** The treatment is worse: keep the baseline. */
        KEEP_CONTROL,
        /** Any difference is smaller than the minimum meaningful effect: keep the baseline. */
        NO_DIFFERENCE,
        /** Too uncertain to decide: collect more cases or repeats. */
        CONTINUE
    }

    public Decision {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(reason, "reason");
    }
}
