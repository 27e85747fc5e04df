package dev.evalunit.web;

import dev.evalunit.bucketing.Pause;
import org.apiguardian.api.API;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** The kill switch and pauses of a single instance, held in memory. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryExperimentControl implements ExperimentControl {

    private final Set<String> killed = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Pause> paused = new ConcurrentHashMap<>();

    @Override
    public boolean isKilled(String experimentId) {
        return killed.contains(experimentId);
    }

    @Override
    public void kill(String experimentId) {
        killed.add(experimentId);
    }

    @Override
    public void revive(String experimentId) {
        killed.remove(experimentId);
    }

    @Override
    public void pause(String experimentId, Pause pause) {
        paused.putIfAbsent(experimentId, pause);
    }

    @Override
    public void resume(String experimentId) {
        paused.remove(experimentId);
    }

    @Override
    public Optional<Pause> pauseState(String experimentId) {
        return Optional.ofNullable(paused.get(experimentId));
    }
}
