package dev.evalunit.bucketing;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and when an experiment was paused.
 *
 * @param reason what happened, e.g. a guardrail breach with the observed value and its bound
 * @param at     when
 */
public record Pause(String reason, Instant at) {
    public Pause {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
