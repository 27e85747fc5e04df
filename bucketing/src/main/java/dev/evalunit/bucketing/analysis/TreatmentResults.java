package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.winner.WinnerDecision;
import dev.evalunit.stats.SequentialState;

import java.util.List;

/**
 * One treatment against the control.
 *
 * @param variantId   the treatment
 * @param comparisons every metric both arms recorded
 * @param sequential  the always-valid state of the primary metric after the daily looks
 * @param decision    the verdict under the plan
 * @param reason      why, in words with the numbers
 */
public record TreatmentResults(String variantId, List<MetricComparison> comparisons, SequentialState sequential,
                               WinnerDecision decision, String reason) {
    public TreatmentResults {
        comparisons = List.copyOf(comparisons);
    }
}
