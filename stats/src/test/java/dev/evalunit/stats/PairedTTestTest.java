package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/offline_reference.py:
 * {@code scipy.stats.ttest_rel(b, a)} and {@code DescrStatsW(b - a).tconfint_mean(alpha=0.05)}.
 */
class PairedTTestTest {

    static final double[] D1_CONTROL = {0.5, 0.75, 1.0, 0.25, 0.5, 0.5, 0.0, 1.0, 0.75, 0.5, 0.0, 0.25};
    static final double[] D1_DIFFERENCES = {0.25, 0.0, 0.5, -0.25, 0.25, 0.75, 0.0, 0.5, -0.5, 0.25, 1.0, 0.25};

    /** D3a/D3b: np.round(rng.normal(...), 4) with np.random.default_rng(20261121), printed by the script. */
    static final double[] D3_CONTROL = {0.6358, 0.731, 0.6851, 0.7695, 0.7069, 0.446, 0.5383, 0.495, 0.6465,
            0.5779, 0.6042, 0.1435, 0.4015, 0.7047, 0.6876, 0.4692, 0.846, 0.5728, 0.7081, 0.6329, 0.6174, 0.5681,
            0.3218, 0.4557, 0.2478, 0.6648, 0.5157, 0.4087, 0.8894, 0.8111};
    static final double[] D3_TREATMENT = {0.6248, 0.5723, 0.445, 0.8387, 0.7328, 0.328, 0.5255, 0.474, 0.2662,
            0.664, 0.598, -0.2074, 0.3025, 0.6234, 0.6391, 0.5222, 0.8369, 0.6525, 0.7438, 0.677, 0.7063, 0.4066,
            0.6405, 0.3715, -0.0154, 0.9456, 0.6743, 0.37, 0.9897, 0.8705};

    static PairedCases d1() {
        double[] treatment = new double[D1_CONTROL.length];
        for (int i = 0; i < treatment.length; i++) {
            treatment[i] = D1_CONTROL[i] + D1_DIFFERENCES[i];
        }
        return PairedCases.ofMeans(D1_CONTROL, treatment);
    }

    private static void check(PairedCases cases, double t, double p, double lo, double hi, double sd) {
        PairedResult r = PairedTTest.test(cases, 0.95);
        agrees(r.t(), t);
        agrees(r.pValue(), p);
        agrees(r.ciLow(), lo);
        agrees(r.ciHigh(), hi);
        agrees(r.sd(), sd);
        assertThat(r.df()).isEqualTo(cases.size() - 1.0);
        agrees(r.difference(), r.meanTreatment() - r.meanControl());
    }

    @Test
    void tiesAndZerosInTheDifferences() {
        check(d1(), 2.097617696340303, 0.05984662089975846, -0.012319626202976608, 0.5123196262029766,
                0.41286141192238524);
    }

    @Test
    void twoCases() {
        check(PairedCases.ofMeans(new double[] {1, 2}, new double[] {2, 4.5}), 2.3333333333333335,
                0.25776211681831307, -7.779653552324071, 11.27965355232407, 1.0606601717798212);
    }

    @Test
    void thirtyCases() {
        check(PairedCases.ofMeans(D3_CONTROL, D3_TREATMENT), -0.790046326084966, 0.43591365769967716,
                -0.081835382129609, 0.036228715462942374, 0.15809073013312003);
    }

    @Test
    void repeatsArePairedOnCaseMeansAndIncompleteCasesDropped() {
        double[][] control = {{0.5, 0.75, 1.0}, {0.0, 0.25, 0.25}, {1.0, 1.0}, {0.25, 0.5, 0.5, 0.75}, {},
                {0.75, 0.5, 1.0}, {0.5}};
        double[][] treatment = {{1.0, 1.0}, {0.0, 0.0, 0.25, 0.0}, {1.0}, {0.75, 1.0, 1.0}, {0.5}, {},
                {0.0, 0.25}};
        PairedCases cases = PairedCases.of(control, treatment);
        assertThat(cases.size()).isEqualTo(5);
        assertThat(cases.droppedCases()).isEqualTo(2);
        assertThat(cases.caseIndices()).containsExactly(0, 1, 2, 3, 6);
        PairedResult r = PairedTTest.test(cases, 0.95);
        assertThat(r.droppedCases()).isEqualTo(2);
        // offline_reference.py, "Paired t on repeats (R1, R1T)"
        agrees(r.t(), 0.2718549419985797);
        agrees(r.pValue(), 0.7991883652837188);
        agrees(r.ciLow(), -0.34548620094778865);
        agrees(r.ciHigh(), 0.4204862009477886);
    }

    @Test
    void identicalVariantsAndConstantShiftsHaveDefinedAnswers() {
        PairedResult same = PairedTTest.test(PairedCases.ofMeans(new double[] {1, 2, 3}, new double[] {1, 2, 3}),
                0.95);
        assertThat(same.pValue()).isEqualTo(1.0);
        assertThat(same.t()).isZero();
        assertThat(same.ciLow()).isZero();
        // Identical non-zero differences get the exact sign-flip p, 2^(1−n) (second_pass_reference.py:
        // permutation_test on [1, 1, 1] gives 0.25, on six times 0.1 gives 0.03125), never p = 0.
        PairedResult shifted = PairedTTest.test(
                PairedCases.ofMeans(new double[] {1, 2, 3}, new double[] {1.5, 2.5, 3.5}), 0.95);
        assertThat(shifted.pValue()).isEqualTo(0.25);
        assertThat(shifted.ciLow()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(shifted.ciHigh()).isEqualTo(Double.POSITIVE_INFINITY);
        PairedResult six = PairedTTest.test(PairedCases.ofMeans(new double[6], new double[] {.1, .1, .1, .1, .1, .1}),
                0.95);
        assertThat(six.pValue()).isEqualTo(0.03125);
        assertThat(six.ciLow()).isEqualTo(six.difference()).isCloseTo(0.1, within(1e-15));
        assertThat(six.ciHigh()).isEqualTo(six.difference());
    }

    /** README: bad input fails with an exception, never NaN; ±1e308 used to turn every statistic into NaN. */
    @Test
    void overflowingValuesAreRejectedNotNaN() {
        assertThatThrownBy(() -> PairedAnalysis.of(new double[][] {{1e308}, {-1e308}, {1e308}},
                new double[][] {{-1e308}, {1e308}, {1e308}}, 0.95, 1000, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control[0][0] is 1.0E308")
                .hasMessageContaining("rescale");
        assertThatThrownBy(() -> Summary.of(new double[] {1, -1e308})).hasMessageContaining("values[1] is -1.0E308");
        assertThatThrownBy(() -> WelchTest.test(new double[] {1e200, 1}, new double[] {1, 2}, 0.95))
                .hasMessageContaining("a[0] is 1.0E200");
    }

    @Test
    void rejectsUnusableInput() {
        assertThatThrownBy(() -> PairedCases.ofMeans(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control has 2 entries but treatment has 1");
        assertThatThrownBy(() -> PairedTTest.test(PairedCases.ofMeans(new double[] {1}, new double[] {2}), 0.95))
                .hasMessageContaining("1 paired case(s)").hasMessageContaining("at least 2");
        assertThatThrownBy(() -> PairedTTest.test(PairedCases.of(new double[][] {{1}, {}}, new double[][] {{}, {2}}),
                0.95)).hasMessageContaining("0 paired case(s) (2 dropped");
        assertThatThrownBy(() -> PairedCases.of(new double[][] {{1, Double.NEGATIVE_INFINITY}},
                new double[][] {{1}})).hasMessageContaining("control[0][1] is -Infinity");
        assertThatThrownBy(() -> PairedTTest.test(PairedCases.ofMeans(new double[0], new double[0]), 0.95))
                .hasMessageContaining("0 paired case(s) (0 dropped");
    }
}
