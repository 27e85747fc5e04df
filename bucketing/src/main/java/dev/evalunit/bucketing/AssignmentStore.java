package dev.evalunit.bucketing;

import java.util.Optional;

/**
 * Persisted assignments for callers that only have session ids (a new session would otherwise mean a new
 * hash and perhaps a new arm). Back it with Redis, a database or {@link InMemoryAssignmentStore}.
 */
public interface AssignmentStore {

    /** The variant stored for {@code key}, if any. */
    Optional<String> get(String key);

    /**
     * Stores {@code variantId} for {@code key} unless something is stored already.
     *
     * @return the variant id now stored: the earlier one when there was one
     */
    String putIfAbsent(String key, String variantId);
}
