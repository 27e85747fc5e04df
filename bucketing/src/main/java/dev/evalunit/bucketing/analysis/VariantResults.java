package dev.evalunit.bucketing.analysis;

import dev.evalunit.stats.Summary;
import org.apiguardian.api.API;

import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The online figures of one variant, as the source article's results endpoint reports them.
 *
 * @param variantId    the variant
 * @param units        distinct units assigned (from assignment events)
 * @param requests     outcomes that report a request ({@link dev.evalunit.bucketing.metrics.Outcome#isRequest()})
 * @param errors       requests that were errors
 * @param latency      latency summary in ms, when any latency was recorded
 * @param rating       rating summary, when any rating was recorded
 * @param totalCostUsd sum of recorded costs
 * @param meanCostUsd  mean cost per request that recorded one
 * @param successes    outcomes reporting success
 * @param successTrials outcomes reporting success or failure
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VariantResults(String variantId, long units, long requests, long errors, Optional<Summary> latency,
                             Optional<Summary> rating, double totalCostUsd, OptionalDouble meanCostUsd,
                             long successes, long successTrials) {

    /** Errors per request, 0 when there were no requests. */
    public double errorRate() {
        return requests == 0 ? 0 : errors / (double) requests;
    }
}
