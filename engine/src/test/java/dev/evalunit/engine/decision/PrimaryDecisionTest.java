package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision on small, degenerate and binary evidence, with the inputs that used to ship: exact p-values
 * from second_pass_reference.py ({@code scipy.stats.permutation_test((d,), np.mean,
 * permutation_type="samples", n_resamples=np.inf)}) and statsmodels' {@code mcnemar(..., exact=True)}.
 */
class PrimaryDecisionTest {

    private static PrimaryDecision decision(double minEffect) {
        return new PrimaryDecision("base", "quality", 0.05, minEffect, Direction.HIGHER, Optional.empty());
    }

    /** 3 cases × 2 identical repeats, control 0 and treatment 1: the paired t said p = 0, CI [1, 1], ship. */
    @Test
    void threeIdenticalCasesDoNotShip() {
        double[][] control = {{0, 0}, {0, 0}, {0, 0}};
        double[][] treatment = {{1, 1}, {1, 1}, {1, 1}};
        Decision d = decision(0).decide("better", control, treatment);
        assertThat(d.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(d.reason()).contains("3 cases are fewer than the 6 a decision needs").contains("p = 0.25")
                .contains(MetricDifference.SIGN_FLIP);
        assertThat(d.ciLow()).isLessThanOrEqualTo(0);
    }

    /** 2 cases scored 0.6 → 0.7 and 0.2 → 0.3: the paired t said p = 2.7e-16, ship. */
    @Test
    void twoCasesDoNotShip() {
        Decision d = decision(0).decide("better", new double[][] {{0.6}, {0.2}}, new double[][] {{0.7}, {0.3}});
        assertThat(d.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(d.reason()).contains("2 cases are fewer than the 6").contains("p = 0.5");
    }

    /** Six identical improvements are the least evidence that can decide: exact p = 2^-5 = 0.03125. */
    @Test
    void sixIdenticalCasesShipOnTheExactTest() {
        double[][] control = new double[6][];
        double[][] treatment = new double[6][];
        for (int i = 0; i < 6; i++) {
            control[i] = new double[] {0.5, 0.5};
            treatment[i] = new double[] {0.75, 0.75};
        }
        Decision d = decision(0).decide("better", control, treatment);
        assertThat(d.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(d.reason()).contains("p = 0.03125");
        assertThat(new PrimaryDecision("base", "quality", 0.05 / 2, 0, Direction.HIGHER, Optional.empty())
                .decide("better", control, treatment).outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
    }

    /**
     * [13, 0, 4, 8] (both, treatment only, control only, neither): McNemar p = 0.125, and the interval now
     * contains 0 too. [10, 0, 5, 35]: Newcombe's interval [−0.197, −0.007] excludes 0 while McNemar's
     * p = 0.0625; the decision no longer keeps the control on the interval alone.
     */
    @Test
    void binaryIntervalAndTestAgree() {
        Decision keep = decision(0).decide("t", binary(13, 0, 4, 8, true), binary(13, 0, 4, 8, false));
        assertThat(keep.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(keep.ciHigh()).isPositive();
        Decision borderline = decision(0).decide("t", binary(10, 0, 5, 35, true), binary(10, 0, 5, 35, false));
        assertThat(borderline.ciHigh()).isNegative();
        assertThat(borderline.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(borderline.reason()).contains("the test does not reject").contains("p = 0.0625");
    }

    /**
     * Identical variants reach NO_DIFFERENCE once a margin is stated; with the default minimum effect 0 the
     * decision says why equivalence cannot be shown instead of calling a [0, 0] interval too wide.
     */
    @Test
    void equivalenceIsReachable() {
        double[][] same = {{0.5}, {0.25}, {0.75}, {0.5}, {1}, {0}, {0.5}, {0.25}};
        Decision noMargin = decision(0).decide("twin", same, same);
        assertThat(noMargin.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(noMargin.reason()).contains("set compare.minEffect (the equivalence margin)");
        assertThat(decision(0.05).decide("twin", same, same).outcome()).isEqualTo(TreatmentVerdict.NO_DIFFERENCE);
    }

    /**
     * 30 cases with differences ±0.1445 (mean 0): the 95% t interval is ±0.0549, wider than the margin 0.05, but
     * the 90% interval ±0.0456 lies inside it, so two one-sided tests at 0.05 show equivalence (statsmodels
     * {@code ttost_paired(t, c, -0.05, 0.05)} p = 0.0363 on these data, second_pass_reference.py).
     */
    @Test
    void twoOneSidedTestsDecideWhatTheTwoSidedIntervalCannot() {
        double[][] control = new double[30][];
        double[][] treatment = new double[30][];
        for (int i = 0; i < 30; i++) {
            control[i] = new double[] {0.5};
            treatment[i] = new double[] {0.5 + (i % 2 == 0 ? 0.1445 : -0.1445)};
        }
        Decision d = decision(0.05).decide("twin", control, treatment);
        assertThat(d.ciLow()).isLessThan(-0.05);
        assertThat(d.outcome()).isEqualTo(TreatmentVerdict.NO_DIFFERENCE);
        assertThat(d.reason()).contains("two one-sided tests");
    }

    /** One repeat per case, pass (1) or fail (0), for the control or the treatment column of a 2×2 table. */
    static double[][] binary(int both, int treatmentOnly, int controlOnly, int neither, boolean control) {
        double[][] out = new double[both + treatmentOnly + controlOnly + neither][];
        int i = 0;
        for (int k = 0; k < both; k++) {
            out[i++] = new double[] {1};
        }
        for (int k = 0; k < treatmentOnly; k++) {
            out[i++] = new double[] {control ? 0 : 1};
        }
        for (int k = 0; k < controlOnly; k++) {
            out[i++] = new double[] {control ? 1 : 0};
        }
        for (int k = 0; k < neither; k++) {
            out[i++] = new double[] {0};
        }
        return out;
    }
}
