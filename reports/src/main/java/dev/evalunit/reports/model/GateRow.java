package dev.evalunit.reports.model;

import dev.evalunit.api.run.GateResult.Status;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One quality gate: what was required, what was measured, and whether it held.
 *
 * @param name     the gate
 * @param required the condition, in words
 * @param measured the measurement, in words (with its interval where there is one)
 * @param status   whether it held, failed or could not tell
 * @param passed   whether the gate lets the build pass (it held, or it is inconclusive and allowed to be)
 * @param message  the full assertion message
 */
@API(status = INTERNAL, since = "0.1")
public record GateRow(String name, String required, String measured, Status status, boolean passed,
                         String message) {

    public GateRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the data could not tell (the build passes only when the gate allows that). */
    public boolean inconclusive() {
        return status == Status.INCONCLUSIVE;
    }

    /** Whether the gate held outright. */
    public boolean held() {
        return status == Status.PASSED;
    }
}
