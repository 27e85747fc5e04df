package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Persisted assignments for callers that only have session ids (a new session would otherwise mean a new
 * hash and perhaps a new arm). Back it with Redis, a database or {@link InMemoryAssignmentStore}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
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
