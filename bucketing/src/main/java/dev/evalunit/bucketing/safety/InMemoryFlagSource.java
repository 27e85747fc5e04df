package dev.evalunit.bucketing.safety;

import org.apiguardian.api.API;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** A kill switch held in memory, flipped by an admin endpoint or a test; effective on the next assignment. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryFlagSource implements FlagSource {

    private final Set<String> killed = ConcurrentHashMap.newKeySet();

    /** Stops {@code experimentId}. */
    public void kill(String experimentId) {
        killed.add(experimentId);
    }

    /** Lets {@code experimentId} assign again. */
    public void revive(String experimentId) {
        killed.remove(experimentId);
    }

    @Override
    public boolean isKilled(String experimentId) {
        return killed.contains(experimentId);
    }
}
