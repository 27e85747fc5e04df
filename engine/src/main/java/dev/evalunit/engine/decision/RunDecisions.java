package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.engine.suite.GateSpec;
import dev.evalunit.engine.suite.DecisionSpec;
import org.apiguardian.api.API;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What a suite decided after its variants ran: the comparison (when the suite has a {@code compare} block)
 * and every gate's result.
 *
 * @param comparison the comparison
 * @param gates      the gate results, in suite order
 */
@API(status = INTERNAL, since = "0.1")
public record RunDecisions(Optional<Comparison> comparison, List<GateResult> gates) {

    public RunDecisions {
        Objects.requireNonNull(comparison, "comparison");
        gates = List.copyOf(gates);
    }

    /**
     * Computes the comparison, then the gates.
     *
     * @param variantIds  the suite's variant ids, in suite order
     * @param clusterKeys every case's cluster in suite order, when some case names one
     * @param repeats    the suite's repeats per case
     * @param resamples  bootstrap resamples per difference
     * @param seed       bootstrap seed
     * @param findings   the suite-level scorers' findings (calibration gates read them)
     */
    public static RunDecisions compute(DecisionSpec decisions, List<String> variantIds, Observations observations,
                                       Optional<List<String>> clusterKeys, int repeats, int resamples, long seed,
                                       List<SuiteFinding> findings) {
        Set<String> gateMetrics = new LinkedHashSet<>();
        decisions.gates().forEach(g -> g.metric().ifPresent(gateMetrics::add));
        Optional<Comparison> comparison = decisions.compare().map(spec ->
                new Comparisons(spec, variantIds, observations, clusterKeys, resamples, seed, findings)
                        .compute(gateMetrics));
        GateJudge judge = new GateJudge(observations, variantIds, decisions.compare(), comparison, repeats, findings);
        return new RunDecisions(comparison, decisions.gates().stream().map(judge::judge).toList());
    }

    /** The result of one gate. */
    public Optional<GateResult> gate(GateSpec spec) {
        return gates.stream().filter(g -> g.name().equals(spec.name())).findFirst();
    }

    /** Whether every gate lets the build pass. */
    public boolean gatesPassed() {
        return gates.stream().allMatch(GateResult::passed);
    }
}
