package dev.evalunit.bucketing.analysis;

import dev.evalunit.stats.CupedResult;

import dev.evalunit.stats.SequentialState;
import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One treatment against the control.
 *
 * @param variantId   the treatment
 * @param comparisons every metric both arms recorded
 * @param sequential  the always-valid state of the primary metric after the daily looks
 * @param decision    the verdict under the plan
 * @param reason      why, in words with the numbers
 * @param cuped       the primary metric per unit adjusted by a recorded pre-period covariate (CUPED), when
 *                    one was given
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TreatmentResults(String variantId, List<OnlineComparison> comparisons, SequentialState sequential,
                               TreatmentVerdict decision, String reason, Optional<CupedResult> cuped) {
    public TreatmentResults {
        comparisons = List.copyOf(comparisons);
    }
}
