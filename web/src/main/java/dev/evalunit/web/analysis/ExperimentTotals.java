package dev.evalunit.web.analysis;

import dev.evalunit.bucketing.analysis.OnlineMetric;
import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What the analysis reads of one experiment phase: distinct assigned units and the {@link MetricTotals} of
 * every metric, by variant. A few rows per variant whatever the event count.
 *
 * @param experimentId  the experiment
 * @param phase         its phase
 * @param assignedUnits distinct units with an assignment event, by variant id
 * @param metrics       totals by variant id, then metric (metrics nobody observed are absent)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExperimentTotals(String experimentId, int phase, Map<String, Long> assignedUnits,
                               Map<String, Map<OnlineMetric, MetricTotals>> metrics) {

    public ExperimentTotals {
        Objects.requireNonNull(experimentId, "experimentId");
        assignedUnits = Map.copyOf(assignedUnits);
        metrics = metrics.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    /** The totals of {@code metric} in {@code variantId}; {@link MetricTotals#EMPTY} when none. */
    public MetricTotals of(String variantId, OnlineMetric metric) {
        return metrics.getOrDefault(variantId, Map.of()).getOrDefault(metric, MetricTotals.EMPTY);
    }
}
