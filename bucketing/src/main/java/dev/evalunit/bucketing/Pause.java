package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Why and when an experiment was paused.
 *
 * @param reason what happened, e.g. a guardrail breach with the observed value and its bound
 * @param at     when
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Pause(String reason, Instant at) {
    public Pause {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
