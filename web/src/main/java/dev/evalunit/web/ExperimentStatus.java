package dev.evalunit.web;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.Pause;
import dev.evalunit.bucketing.rollout.StagedRollout;
import dev.evalunit.bucketing.safety.Guardrails;
import org.apiguardian.api.API;

import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One experiment as the admin listing shows it.
 *
 * @param definition   the definition in force (id, name, phase, traffic, variants)
 * @param killed       whether the kill switch is on
 * @param pause        the pause in force (a guardrail breach names itself in the reason)
 * @param rolloutStage the staged rollout's current stage index (-1 before it starts), when rolling out
 * @param rollout      the staged rollout, when rolling out
 * @param guardrails   the guardrail bounds, when set
 * @param exposures    requests served by variant
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExperimentStatus(ExperimentDefinition definition, boolean killed, Optional<Pause> pause,
                               Optional<Integer> rolloutStage, Optional<StagedRollout> rollout,
                               Optional<Guardrails> guardrails, Map<String, Long> exposures) {

    public ExperimentStatus {
        exposures = Map.copyOf(exposures);
    }

    /** {@code inactive}, {@code killed}, {@code paused} or {@code running}. */
    public String state() {
        if (!definition.active()) {
            return "inactive";
        }
        return killed ? "killed" : pause.isPresent() ? "paused" : "running";
    }
}
