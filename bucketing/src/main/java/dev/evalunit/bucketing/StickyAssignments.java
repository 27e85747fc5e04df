package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Assignments that stick to a unit through an {@link AssignmentStore}: the first variant a unit gets in an
 * experiment phase is stored and returned from then on, even if the hash would now say otherwise. The
 * experiment's own gates (inactive, dates, kill switch, pause) still apply on every call. Keys are
 * {@code experimentId:phase:unitId}, so a new phase starts afresh. The exposure recorded is the variant
 * served, the stored one, never the one the hash would have given.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StickyAssignments {

    private final Experiments experiments;
    private final AssignmentStore store;

    public StickyAssignments(Experiments experiments, AssignmentStore store) {
        this.experiments = Objects.requireNonNull(experiments, "experiments");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The unit's assignment: the stored variant when there is one, otherwise the hash's, then stored. */
    public Assignment assign(String experimentId, String unitId) {
        Assignment hashed = experiments.assignUnrecorded(experimentId, unitId);
        if (hashed instanceof Assignment.Excluded excluded && !isPerUnit(excluded.reason())) {
            return hashed;
        }
        ExperimentDefinition definition = experiments.get(experimentId).orElseThrow().definition();
        int phase = hashed instanceof Assignment.InExperiment in ? in.phase() : definition.phase();
        String key = experimentId + ":" + phase + ":" + unitId;
        Optional<String> stored = hashed instanceof Assignment.InExperiment in
                ? Optional.of(store.putIfAbsent(key, in.variant().id()))
                : store.get(key);
        Assignment served = stored.flatMap(definition::variant)
                .<Assignment>map(variant -> new Assignment.InExperiment(experimentId, variant, phase))
                .orElse(hashed);
        if (served instanceof Assignment.InExperiment in) {
            experiments.recordExposure(in, unitId);
        }
        return served;
    }

    /** Exclusions that depend on the unit's hash, which a stored assignment overrides. */
    private static boolean isPerUnit(ExclusionReason reason) {
        return reason == ExclusionReason.HOLDBACK || reason == ExclusionReason.NOT_IN_TRAFFIC;
    }
}
