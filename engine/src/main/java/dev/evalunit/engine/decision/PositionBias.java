package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.SuiteFinding;

import java.util.List;
import java.util.Optional;

/**
 * What a decision on a pairwise judge's preference must say when that judge is position-biased beyond its
 * limit: the order in which it saw the outputs, not the variants, decided many pairs, so "add cases" is the
 * wrong advice (more cases only measure the bias more precisely).
 */
final class PositionBias {

    private final List<SuiteFinding.Pairwise> pairwise;

    PositionBias(List<SuiteFinding> findings) {
        this.pairwise = findings.stream().filter(f -> f instanceof SuiteFinding.Pairwise)
                .map(f -> (SuiteFinding.Pairwise) f).toList();
    }

    /** The decision with the bias said, when the primary metric is a biased pairwise judge's preference. */
    Decision explain(Decision decision) {
        Optional<SuiteFinding.Pairwise> biased = pairwise.stream().filter(p -> p.metric().equals(decision.metric())
                && p.variantId().equals(decision.variantId()) && p.biased()).findFirst();
        if (biased.isEmpty()) {
            return decision;
        }
        SuiteFinding.Pairwise p = biased.get();
        String reason = decision.reason().replace("; add cases or repeats", "")
                + "; but the judge's verdict depended on the order it saw the outputs in "
                + Numbers.format(p.positionBias().getAsDouble() * 100) + "% of the pairs"
                + p.favouredPosition().map(f -> " (it favours the " + f + " shown)").orElse("")
                + ", above the " + Numbers.format(p.maxPositionBias() * 100) + "% limit: more cases cannot fix a "
                + "biased judge; change the judge model or its criteria";
        return new Decision(decision.variantId(), decision.outcome(), decision.metric(), decision.difference(),
                decision.ciLow(), decision.ciHigh(), decision.confidence(), decision.cases(), reason);
    }
}
