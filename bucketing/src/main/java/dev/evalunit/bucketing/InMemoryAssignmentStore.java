package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** An {@link AssignmentStore} in a concurrent map, entries expiring after a time to live (as the article's 30-day Redis key). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryAssignmentStore implements AssignmentStore {

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlMillis;

    public InMemoryAssignmentStore(Clock clock, Duration timeToLive) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttlMillis = timeToLive.toMillis();
        if (ttlMillis <= 0) {
            throw new IllegalArgumentException("timeToLive must be positive, was " + timeToLive);
        }
    }

    @Override
    public Optional<String> get(String key) {
        Entry entry = entries.get(key);
        return entry == null || entry.expiresAt <= clock.millis() ? Optional.empty() : Optional.of(entry.variantId);
    }

    @Override
    public String putIfAbsent(String key, String variantId) {
        long now = clock.millis();
        return entries.compute(key, (k, old) -> old == null || old.expiresAt <= now
                ? new Entry(variantId, now + ttlMillis) : old).variantId;
    }

    private record Entry(String variantId, long expiresAt) {
    }
}
