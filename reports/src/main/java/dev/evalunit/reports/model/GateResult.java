package dev.evalunit.reports.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One quality gate: what was required, what was measured, and whether it held.
 *
 * @param name     the gate
 * @param required the condition, in words
 * @param measured the measurement, in words (with its interval where there is one)
 * @param passed   whether the gate held
 * @param message  the explanation, when the run gave one
 */
public record GateResult(String name, String required, String measured, boolean passed, Optional<String> message) {

    public GateResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(message, "message");
    }
}
