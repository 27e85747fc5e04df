package dev.evalunit.web.redis;

import dev.evalunit.bucketing.Pause;
import dev.evalunit.web.ExperimentControl;
import io.lettuce.core.api.sync.RedisCommands;
import org.apiguardian.api.API;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The kill switch and pauses shared through Redis (a set of killed ids, a hash of pauses). Every read
 * answers from a local copy that {@link RedisStores} refreshes every {@link RedisStores#REFRESH}, so the
 * assignment path makes no Redis call and a kill on one instance stops the others within that period plus
 * one round trip. Writes go to Redis and to the local copy at once. While Redis is unreachable the last
 * known state stays in force.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RedisExperimentControl implements ExperimentControl {

    private final RedisCommands<String, String> redis;
    private final String killedKey;
    private final String pausedKey;
    private volatile State state = new State(Set.of(), Map.of());

    private record State(Set<String> killed, Map<String, Pause> paused) {
    }

    RedisExperimentControl(RedisCommands<String, String> redis, String killedKey, String pausedKey) {
        this.redis = redis;
        this.killedKey = killedKey;
        this.pausedKey = pausedKey;
    }

    /** Reads the shared state into the local copy. */
    void refresh() {
        Set<String> killed = Set.copyOf(redis.smembers(killedKey));
        Map<String, Pause> paused = new HashMap<>();
        redis.hgetall(pausedKey).forEach((id, value) -> paused.put(id, decode(value)));
        state = new State(killed, Map.copyOf(paused));
    }

    @Override
    public boolean isKilled(String experimentId) {
        return state.killed().contains(experimentId);
    }

    @Override
    public Optional<Pause> pauseState(String experimentId) {
        return Optional.ofNullable(state.paused().get(experimentId));
    }

    @Override
    public void kill(String experimentId) {
        redis.sadd(killedKey, experimentId);
        refresh();
    }

    @Override
    public void revive(String experimentId) {
        redis.srem(killedKey, experimentId);
        refresh();
    }

    @Override
    public void pause(String experimentId, Pause pause) {
        redis.hsetnx(pausedKey, experimentId, pause.at() + " " + pause.reason());
        refresh();
    }

    @Override
    public void resume(String experimentId) {
        redis.hdel(pausedKey, experimentId);
        refresh();
    }

    private static Pause decode(String value) {
        int space = value.indexOf(' ');
        try {
            return new Pause(value.substring(space + 1), Instant.parse(value.substring(0, space)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return new Pause(value, Instant.EPOCH);
        }
    }
}
