package dev.evalunit.engine.decision;

import dev.evalunit.stats.PairedCases;
import dev.evalunit.stats.PlanningInputs;
import dev.evalunit.stats.PowerPlanning;
import dev.evalunit.stats.Summary;
import dev.evalunit.stats.VarianceDecomposition;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Sample-size planning for one paired comparison, with the stats module's {@link PowerPlanning}: the
 * effect this run can detect, and the cases (at the current repeats) or repeats (with the current cases)
 * that would detect a given effect. Variance components come from the repeats when a case was repeated;
 * without repeats all variance counts as between-case variance, which more repeats cannot reduce.
 */
final class Planner {

    /** The power every plan is made for. */
    static final double POWER = 0.8;
    private static final int MAX_REPEATS = 100;

    private final Optional<PlanningInputs> inputs;
    private final int cases;
    private final double alpha;

    private Planner(Optional<PlanningInputs> inputs, int cases, double alpha) {
        this.inputs = inputs;
        this.cases = cases;
        this.alpha = alpha;
    }

    static Planner of(double[][] baseline, double[][] treatment, double alpha) {
        PairedCases paired = PairedCases.of(baseline, treatment);
        if (paired.size() < 2) {
            return new Planner(Optional.empty(), paired.size(), alpha);
        }
        boolean repeated = Arrays.stream(baseline).anyMatch(r -> r.length > 1)
                && Arrays.stream(treatment).anyMatch(r -> r.length > 1);
        double sd = Summary.of(paired.differences()).sd();
        double within = repeated ? VarianceDecomposition.of(baseline).withinCaseVariance()
                + VarianceDecomposition.of(treatment).withinCaseVariance() : 0;
        if (sd * sd + within == 0) {
            return new Planner(Optional.empty(), paired.size(), alpha);
        }
        PlanningInputs inputs = repeated ? PlanningInputs.estimate(baseline, treatment)
                : new PlanningInputs(sd * sd, 0, 1, 0, 1);
        return new Planner(Optional.of(inputs), paired.size(), alpha);
    }

    OptionalDouble minimumDetectableEffect() {
        return inputs.map(i -> OptionalDouble.of(PowerPlanning.minimumDetectableEffect(i, cases, alpha, POWER)))
                .orElse(OptionalDouble.empty());
    }

    /** Cases needed in all to detect {@code effect}, at the current repeats. */
    OptionalLong casesNeeded(double effect) {
        if (inputs.isEmpty() || !(Math.abs(effect) > 0) || !Double.isFinite(effect)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(PowerPlanning.casesNeeded(inputs.get(), effect, alpha, POWER));
    }

    /** Repeats per case (for both variants) that would detect {@code effect} with the current cases, up to 100. */
    OptionalInt repeatsNeeded(double effect) {
        if (inputs.isEmpty() || !(Math.abs(effect) > 0) || !Double.isFinite(effect)) {
            return OptionalInt.empty();
        }
        PlanningInputs now = inputs.get();
        if (now.withinVarianceControl() + now.withinVarianceTreatment() == 0) {
            return OptionalInt.empty();
        }
        for (int k = 1; k <= MAX_REPEATS; k++) {
            PlanningInputs more = new PlanningInputs(now.betweenCaseVariance(), now.withinVarianceControl(), k,
                    now.withinVarianceTreatment(), k);
            if (PowerPlanning.casesNeeded(more, effect, alpha, POWER) <= cases) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    int cases() {
        return cases;
    }
}
