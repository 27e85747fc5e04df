package dev.evalunit.bucketing.safety;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The kill switch: answers, on every assignment, whether an experiment has been stopped. Implementations
 * must be cheap (no I/O on the hot path) and thread-safe.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface FlagSource {

    /** A source that never kills anything. */
    FlagSource NONE = experimentId -> false;

    /** Whether {@code experimentId} is stopped. */
    boolean isKilled(String experimentId);
}
