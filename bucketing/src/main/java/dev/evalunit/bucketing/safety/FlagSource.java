package dev.evalunit.bucketing.safety;

/**
 * The kill switch: answers, on every assignment, whether an experiment has been stopped. Implementations
 * must be cheap (no I/O on the hot path) and thread-safe.
 */
@FunctionalInterface
public interface FlagSource {

    /** A source that never kills anything. */
    FlagSource NONE = experimentId -> false;

    /** Whether {@code experimentId} is stopped. */
    boolean isKilled(String experimentId);
}
