package dev.evalunit.bucketing.analysis;

import dev.evalunit.stats.SrmResult;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The analysis of one experiment phase.
 *
 * @param experimentId the experiment
 * @param phase        the phase analysed
 * @param plan         the plan the decisions follow
 * @param variants     per-variant figures, control first
 * @param sampleRatio  the sample-ratio-mismatch check of assigned units, when there were assignments
 * @param treatments   each treatment against the control
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExperimentResults(String experimentId, int phase, AnalysisPlan plan, List<VariantResults> variants,
                                Optional<SrmResult> sampleRatio, List<TreatmentResults> treatments) {
    public ExperimentResults {
        variants = List.copyOf(variants);
        treatments = List.copyOf(treatments);
    }
}
