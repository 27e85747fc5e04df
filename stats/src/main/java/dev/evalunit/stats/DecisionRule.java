package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Turns the confidence interval of the primary metric's difference (treatment − control) into a
 * {@link TreatmentVerdict} against a minimum meaningful effect m ≥ 0, and checks non-inferiority margins for gates.
 * With the interval [l, u] oriented so that positive means "treatment better":
 * <ul>
 *   <li>l &gt; 0 and u ≥ m: {@link TreatmentVerdict#SHIP_TREATMENT} (significantly better, possibly by a
 *       meaningful amount);</li>
 *   <li>l &gt; 0 and u &lt; m: {@link TreatmentVerdict#NO_DIFFERENCE} (better, but surely by less than matters);</li>
 *   <li>u &lt; 0: {@link TreatmentVerdict#KEEP_CONTROL} (significantly worse);</li>
 *   <li>0 inside the interval and −m &lt; l, u &lt; m: {@link TreatmentVerdict#NO_DIFFERENCE} (equivalent);</li>
 *   <li>otherwise: {@link TreatmentVerdict#CONTINUE} (too uncertain to decide).</li>
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DecisionRule {

    private DecisionRule() {
    }

    /**
     * Decides from an interval of treatment − control.
     *
     * @param ciLow                   lower bound of the interval
     * @param ciHigh                  upper bound of the interval, not below {@code ciLow}
     * @param minimumMeaningfulEffect smallest improvement worth shipping, ≥ 0, in the metric's units
     * @param direction               which way the metric improves
     */
    public static TreatmentVerdict decide(double ciLow, double ciHigh, double minimumMeaningfulEffect, Direction direction) {
        Interval better = oriented(ciLow, ciHigh, direction);
        double m = Require.nonNegative("minimumMeaningfulEffect", minimumMeaningfulEffect);
        if (better.low() > 0) {
            return better.high() >= m ? TreatmentVerdict.SHIP_TREATMENT : TreatmentVerdict.NO_DIFFERENCE;
        }
        if (better.high() < 0) {
            return TreatmentVerdict.KEEP_CONTROL;
        }
        return better.low() > -m && better.high() < m ? TreatmentVerdict.NO_DIFFERENCE : TreatmentVerdict.CONTINUE;
    }

    /**
     * Non-inferiority: true when the treatment is worse than the control by less than {@code margin},
     * with confidence, i.e. the oriented lower bound lies above {@code −margin}.
     *
     * @param ciLow     lower bound of the interval of treatment − control
     * @param ciHigh    upper bound of the interval
     * @param margin    largest acceptable loss, ≥ 0, in the metric's units
     * @param direction which way the metric improves
     */
    public static boolean nonInferior(double ciLow, double ciHigh, double margin, Direction direction) {
        return oriented(ciLow, ciHigh, direction).low() > -Require.nonNegative("margin", margin);
    }

    /**
     * Equivalence by two one-sided tests (TOST, Schuirmann 1987): the difference lies within ±{@code margin}
     * at level α exactly when the interval at confidence 1 − 2α lies inside (−margin, margin). A margin of 0
     * can never be shown, so equivalence needs a stated margin.
     *
     * @param ciLow  lower bound of the interval of treatment − control at confidence 1 − 2α
     * @param ciHigh upper bound of that interval
     * @param margin the equivalence margin, ≥ 0, in the metric's units
     */
    public static boolean equivalent(double ciLow, double ciHigh, double margin) {
        Interval interval = new Interval(ciLow, ciHigh);
        double m = Require.nonNegative("margin", margin);
        return interval.low() > -m && interval.high() < m;
    }

    private static Interval oriented(double ciLow, double ciHigh, Direction direction) {
        if (direction == null) {
            throw new IllegalArgumentException("direction is null; say whether higher or lower is better");
        }
        Interval interval = new Interval(ciLow, ciHigh);
        double a = direction.orient(interval.low());
        double b = direction.orient(interval.high());
        return new Interval(Math.min(a, b), Math.max(a, b));
    }
}
