package dev.evalunit.bucketing.metrics;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** One recorded fact about a unit in an experiment phase. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface MetricEvent permits MetricEvent.Assigned, MetricEvent.Observed {

    String experimentId();

    int phase();

    String variantId();

    String unitId();

    Instant timestamp();

    /**
     * The unit was assigned to (exposed to) a variant. Analysis counts distinct units per variant from these.
     */
    record Assigned(String experimentId, int phase, String variantId, String unitId, Instant timestamp)
            implements MetricEvent {
        public Assigned {
            requireIds(experimentId, phase, variantId, unitId, timestamp);
        }
    }

    /** An outcome of one of the unit's requests. */
    record Observed(String experimentId, int phase, String variantId, String unitId, Instant timestamp, Outcome outcome)
            implements MetricEvent {
        public Observed {
            requireIds(experimentId, phase, variantId, unitId, timestamp);
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private static void requireIds(String experimentId, int phase, String variantId, String unitId, Instant timestamp) {
        Objects.requireNonNull(experimentId, "experimentId");
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (phase < 1) {
            throw new InvalidConfigException("phase", "must be >= 1, was " + phase);
        }
    }
}
