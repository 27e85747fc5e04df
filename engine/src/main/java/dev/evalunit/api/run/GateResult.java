package dev.evalunit.api.run;

import java.util.Objects;
import java.util.Optional;

/**
 * One quality gate of a suite after the run.
 *
 * @param name              the gate's name (its test node's display name)
 * @param kind              {@code threshold} (a variant's metric against {@code min}/{@code max}),
 *                          {@code nonInferior} (within a margin of the baseline, by the interval),
 *                          {@code betterBy} (better than the baseline by at least δ, by the interval) or
 *                          {@code decided} (the primary decision is not {@code CONTINUE})
 * @param metric            the metric it checks, when it checks one
 * @param variantId         the variant it checks, when it checks one
 * @param status            whether it held
 * @param required          what was required, e.g. {@code mean ≥ 0.8}
 * @param measured          what was measured, with its interval, e.g. {@code 0.74 (95% CI 0.69 to 0.79)}
 * @param message           the full assertion message, including for inconclusive gates how many more cases
 *                          or repeats would decide
 * @param allowInconclusive whether an inconclusive result passes the gate
 */
public record GateResult(String name, String kind, Optional<String> metric, Optional<String> variantId, Status status,
                         String required, String measured, String message, boolean allowInconclusive) {

    /** How a gate ended. */
    public enum Status {
        /** The condition holds. */
        PASSED,
        /** The condition does not hold. */
        FAILED,
        /** The data cannot decide the condition yet. */
        INCONCLUSIVE
    }

    public GateResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the gate lets the build pass: it held, or it is inconclusive and allowed to be. */
    public boolean passed() {
        return status == Status.PASSED || status == Status.INCONCLUSIVE && allowInconclusive;
    }
}
