package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Decision;
import dev.evalunit.stats.DecisionRule;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.PairedCases;
import dev.evalunit.stats.SignFlipTest;
import dev.evalunit.stats.TreatmentVerdict;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The decision on one treatment's primary metric. Three rules keep a verdict one can bet a launch on:
 * <ul>
 *   <li>minimum evidence: no SHIP_TREATMENT or KEEP_CONTROL below the fewest cases with which an exact test
 *       can reach the decision's alpha (6 at 0.05, {@link SignFlipTest#minimumCases(double)}), however large
 *       the differences look;</li>
 *   <li>one method: the interval and the p-value come from the same {@link PairedEstimate}, and a verdict
 *       that needs significance (SHIP_TREATMENT, KEEP_CONTROL) also needs p &lt; alpha, so the two never
 *       disagree;</li>
 *   <li>equivalence: NO_DIFFERENCE by two one-sided tests against the minimum effect as margin, from the
 *       same method's interval at 1 − 2·alpha; a margin of 0 is said to make equivalence unreachable.</li>
 * </ul>
 * Alpha is split over the treatments (Bonferroni).
 */
final class PrimaryDecision {

    private final String baseline;
    private final String metric;
    private final double alpha;
    private final double minEffect;
    private final Direction direction;
    private final Optional<List<String>> clusterKeys;

    /**
     * @param alpha     the comparison's alpha, already divided by the number of treatments
     * @param minEffect the smallest improvement worth shipping, also the equivalence margin
     */
    PrimaryDecision(String baseline, String metric, double alpha, double minEffect, Direction direction,
                    Optional<List<String>> clusterKeys) {
        this.baseline = baseline;
        this.metric = metric;
        this.alpha = alpha;
        this.minEffect = minEffect;
        this.direction = direction;
        this.clusterKeys = clusterKeys;
    }

    /** The fewest paired cases a SHIP_TREATMENT or KEEP_CONTROL needs. */
    int minimumCases() {
        return SignFlipTest.minimumCases(alpha);
    }

    Decision decide(String treatment, double[][] base, double[][] treated) {
        double confidence = 1 - alpha;
        PairedCases cases = PairedCases.of(base, treated);
        if (cases.size() < 2) {
            return new Decision(treatment, TreatmentVerdict.CONTINUE, metric, 0, 0, 0, confidence, cases.size(),
                    treatment + " and " + baseline + " share " + cases.size() + " case(s) with a value of " + metric
                            + "; a decision needs at least " + minimumCases());
        }
        PairedEstimate estimate = PairedEstimate.of(base, treated, cases, clusterKeys, confidence);
        TreatmentVerdict verdict = DecisionRule.decide(estimate.ciLow(), estimate.ciHigh(), minEffect, direction);
        String why;
        if (cases.size() < minimumCases()) {
            verdict = TreatmentVerdict.CONTINUE;
            why = String.format(Locale.ROOT, "%d cases are fewer than the %d a decision needs (the fewest with which"
                    + " an exact test can reach p < %s, however large the differences); add cases", cases.size(),
                    minimumCases(), Numbers.format(alpha));
        } else if ((verdict == TreatmentVerdict.SHIP_TREATMENT || verdict == TreatmentVerdict.KEEP_CONTROL)
                && !(estimate.pValue() < alpha)) {
            verdict = TreatmentVerdict.CONTINUE;
            why = "the interval excludes 0 but the test does not reject (p ≥ " + Numbers.format(alpha)
                    + "), so the evidence is borderline; add cases";
        } else if (verdict == TreatmentVerdict.CONTINUE && equivalent(base, treated, cases)) {
            verdict = TreatmentVerdict.NO_DIFFERENCE;
            why = "equivalent within ±" + Numbers.format(minEffect) + " by two one-sided tests at alpha "
                    + Numbers.format(alpha) + " (the " + Numbers.format((1 - 2 * alpha) * 100)
                    + "% interval lies inside the margin)";
        } else {
            why = explain(verdict);
        }
        String reason = String.format(Locale.ROOT, "%s − %s on %s = %s, %s%% CI [%s, %s] (%s), p = %s over %d cases"
                        + " (%s; minimum meaningful effect %s): %s", treatment, baseline, metric,
                Numbers.format(estimate.difference()), Numbers.format(confidence * 100),
                Numbers.format(estimate.ciLow()), Numbers.format(estimate.ciHigh()), estimate.method(),
                Numbers.format(estimate.pValue()), cases.size(),
                direction.describe(), Numbers.format(minEffect), why);
        return new Decision(treatment, verdict, metric, estimate.difference(),
                estimate.ciLow(), estimate.ciHigh(), confidence, cases.size(), reason);
    }

    private boolean equivalent(double[][] base, double[][] treated, PairedCases cases) {
        if (!(minEffect > 0) || !(2 * alpha < 1)) {
            return false;
        }
        PairedEstimate tost = PairedEstimate.of(base, treated, cases, clusterKeys, 1 - 2 * alpha);
        return DecisionRule.equivalent(tost.ciLow(), tost.ciHigh(), minEffect);
    }

    private String explain(TreatmentVerdict verdict) {
        return switch (verdict) {
            case SHIP_TREATMENT -> "the interval lies on the better side of 0 and reaches the minimum effect";
            case KEEP_CONTROL -> "the interval lies on the worse side of 0";
            case NO_DIFFERENCE -> "any difference is smaller than the minimum effect";
            case CONTINUE -> minEffect > 0 ? "the interval is too wide to decide; add cases or repeats"
                    : "the interval is too wide to decide, and with a minimum effect of 0 no difference can be shown"
                    + " equivalent: set compare.minEffect (the equivalence margin) to let NO_DIFFERENCE be decided";
        };
    }
}
