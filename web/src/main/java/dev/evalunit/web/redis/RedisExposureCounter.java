package dev.evalunit.web.redis;

import dev.evalunit.web.ExposureCounter;
import io.lettuce.core.api.sync.RedisCommands;
import org.apiguardian.api.API;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Exposure counts shared through Redis: counted in memory on the request path, added to one hash per
 * experiment phase ({@code HINCRBY}) every {@link RedisStores#REFRESH}. {@link #counts} is Redis's total plus
 * what this instance has not pushed yet. A push that fails is kept and retried.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RedisExposureCounter implements ExposureCounter {

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> pending = new ConcurrentHashMap<>();

    RedisExposureCounter(RedisCommands<String, String> redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public void increment(String experimentId, int phase, String variantId) {
        pending.computeIfAbsent(prefix + experimentId + ":" + phase, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(variantId, k -> new LongAdder()).increment();
    }

    /** Adds the counts of this instance to Redis. */
    synchronized void push() {
        pending.forEach((key, variants) -> variants.forEach((variant, adder) -> {
            long delta = adder.sumThenReset();
            if (delta == 0) {
                return;
            }
            try {
                redis.hincrby(key, variant, delta);
            } catch (RuntimeException e) {
                adder.add(delta);
                throw e;
            }
        }));
    }

    @Override
    public Map<String, Long> counts(String experimentId, int phase) {
        String key = prefix + experimentId + ":" + phase;
        Map<String, Long> counts = new TreeMap<>();
        synchronized (this) {
            redis.hgetall(key).forEach((variant, count) -> counts.put(variant, Long.parseLong(count)));
            pending.getOrDefault(key, new ConcurrentHashMap<>()).forEach((variant, adder) -> counts.merge(variant, adder.sum(), Long::sum));
        }
        return counts;
    }

    /** Pushes what is left. */
    @Override
    public void close() {
        push();
    }
}
