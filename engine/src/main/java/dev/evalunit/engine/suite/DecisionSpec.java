package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What a suite declares it will decide after its variants ran: its {@code compare}, {@code gates} and
 * {@code export} blocks ({@link dev.evalunit.engine.decision.RunDecisions} is what it then decided).
 *
 * @param compare the {@code compare} block, if any
 * @param gates   the gates, in suite order
 * @param export  the {@code export} block, if any (it requires {@code compare})
 */
@API(status = INTERNAL, since = "0.1")
public record DecisionSpec(Optional<CompareSpec> compare, List<GateSpec> gates, Optional<ExportSpec> export) {

    /** A suite that only runs its cases. */
    public static final DecisionSpec NONE = new DecisionSpec(Optional.empty(), List.of(), Optional.empty());

    public DecisionSpec {
        Objects.requireNonNull(compare, "compare");
        gates = List.copyOf(gates);
        Objects.requireNonNull(export, "export");
    }

    /** Whether the run has anything to decide, so per-sample values must be kept. */
    public boolean any() {
        return compare.isPresent() || !gates.isEmpty();
    }
}
