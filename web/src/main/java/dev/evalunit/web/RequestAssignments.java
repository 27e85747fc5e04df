package dev.evalunit.web;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.bucketing.config.VariantConfig;
import jakarta.servlet.ServletRequest;
import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The assignments {@link ExperimentFilter} made for one request, kept as the request attribute
 * {@link #ATTRIBUTE}. Handlers read them with {@link #of(ServletRequest)}.
 *
 * @param unitId      the unit the request belongs to
 * @param assignments by experiment id, one for every experiment the service runs
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RequestAssignments(String unitId, Map<String, Assignment> assignments) {

    /** The request attribute holding this object. */
    public static final String ATTRIBUTE = RequestAssignments.class.getName();

    public RequestAssignments {
        Objects.requireNonNull(unitId, "unitId");
        assignments = Map.copyOf(assignments);
    }

    /**
     * The assignments of a request that passed through the filter.
     *
     * @throws IllegalStateException when the filter did not run for this request (it is not mapped to its path)
     */
    public static RequestAssignments of(ServletRequest request) {
        Object value = request.getAttribute(ATTRIBUTE);
        if (value instanceof RequestAssignments assignments) {
            return assignments;
        }
        throw new IllegalStateException("no experiment assignments on this request: map " + ExperimentFilter.class.getName()
                + " to its path (request attribute " + ATTRIBUTE + " is missing)");
    }

    /** The unit's assignment in {@code experimentId}; {@code UNKNOWN_EXPERIMENT} when the service does not run it. */
    public Assignment get(String experimentId) {
        Assignment assignment = assignments.get(experimentId);
        return assignment != null ? assignment : new Assignment.Excluded(experimentId, ExclusionReason.UNKNOWN_EXPERIMENT);
    }

    /** The config to run for {@code experimentId}: the variant's, or {@code fallback} when the unit is not in it. */
    public VariantConfig config(String experimentId, VariantConfig fallback) {
        return get(experimentId).configOr(fallback);
    }
}
