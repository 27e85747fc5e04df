package dev.evalunit.web.redis;

import dev.evalunit.bucketing.AssignmentStore;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Sticky assignments in Redis: one key per {@code experiment:phase:unit} holding the variant id, with a time
 * to live. {@link #putIfAbsent} is one atomic {@code SET key value NX GET EX ttl} (Redis 7), so two instances
 * assigning the same new unit at once agree on the first variant stored.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RedisAssignmentStore implements AssignmentStore {

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final long ttlSeconds;

    RedisAssignmentStore(RedisCommands<String, String> redis, String prefix, Duration timeToLive) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttlSeconds = timeToLive.toSeconds();
        if (ttlSeconds <= 0) {
            throw new IllegalArgumentException("time to live must be at least a second, was " + timeToLive);
        }
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(prefix + key));
    }

    @Override
    public String putIfAbsent(String key, String variantId) {
        String earlier = redis.setGet(prefix + key, variantId, SetArgs.Builder.nx().ex(ttlSeconds));
        return earlier != null ? earlier : variantId;
    }
}
