package dev.evalunit.web.analysis;

import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.bucketing.metrics.EventSink;
import dev.evalunit.bucketing.metrics.MetricEvent;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Events kept in memory, and their totals computed in Java: the embedded default of a service with no
 * database, and the reference the database's SQL is checked against.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryEventLog implements EventSink, TotalsSource {

    private final List<MetricEvent> events = new ArrayList<>();

    @Override
    public synchronized void write(List<MetricEvent> batch) {
        events.addAll(batch);
    }

    /** A copy of the events so far. */
    public synchronized List<MetricEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public ExperimentTotals totals(String experimentId, int phase) {
        return totals(events(), experimentId, phase);
    }

    /** The totals of one experiment phase among {@code events}. */
    public static ExperimentTotals totals(List<MetricEvent> events, String experimentId, int phase) {
        Map<String, Set<String>> assigned = new HashMap<>();
        // variant → unit → metric → {y, n}
        Map<String, Map<String, Map<OnlineMetric, double[]>>> units = new HashMap<>();
        for (MetricEvent event : events) {
            if (!event.experimentId().equals(experimentId) || event.phase() != phase) {
                continue;
            }
            if (event instanceof MetricEvent.Assigned) {
                assigned.computeIfAbsent(event.variantId(), v -> new HashSet<>()).add(event.unitId());
            } else if (event instanceof MetricEvent.Observed observed) {
                Map<OnlineMetric, double[]> unit = units.computeIfAbsent(event.variantId(), v -> new HashMap<>())
                        .computeIfAbsent(event.unitId(), u -> new EnumMap<>(OnlineMetric.class));
                for (OnlineMetric metric : OnlineMetric.values()) {
                    if (UnitValues.observes(metric, observed.outcome())) {
                        double[] sums = unit.computeIfAbsent(metric, m -> new double[2]);
                        sums[0] += UnitValues.value(metric, observed.outcome());
                        sums[1]++;
                    }
                }
            }
        }
        Map<String, Long> assignedUnits = new HashMap<>();
        assigned.forEach((variant, ids) -> assignedUnits.put(variant, (long) ids.size()));
        Map<String, Map<OnlineMetric, MetricTotals>> metrics = new HashMap<>();
        units.forEach((variant, byUnit) -> {
            Map<OnlineMetric, MetricTotals> totals = new EnumMap<>(OnlineMetric.class);
            for (Map<OnlineMetric, double[]> unit : byUnit.values()) {
                unit.forEach((metric, sums) -> totals.merge(metric, MetricTotals.EMPTY.plusUnit(sums[0], sums[1]),
                        (a, b) -> a.plusUnit(b.sumY(), b.sumN())));
            }
            metrics.put(variant, totals);
        });
        return new ExperimentTotals(experimentId, phase, assignedUnits, metrics);
    }
}
