package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A lifted pause. It starts a fresh health window: guardrails judge only the outcomes recorded after it, so
 * the figures that caused the pause cannot pause the experiment again.
 *
 * @param lifted the pause that ended
 * @param at     when it ended, and the health window began
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Resumption(Pause lifted, Instant at) {
    public Resumption {
        Objects.requireNonNull(lifted, "lifted");
        Objects.requireNonNull(at, "at");
    }
}
