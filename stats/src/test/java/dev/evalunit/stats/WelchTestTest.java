package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/online_reference.py:
 * {@code cm = CompareMeans(DescrStatsW(b), DescrStatsW(a)); cm.ttest_ind(usevar="unequal");
 * cm.tconfint_diff(alpha=0.05, usevar="unequal")}, cross-checked with
 * {@code scipy.stats.ttest_ind(b, a, equal_var=False)}.
 */
class WelchTestTest {

    private static void check(double[] a, double[] b, double t, double p, double df, double lo95, double hi95,
                              double lo90, double hi90) {
        WelchResult r = WelchTest.test(a, b, 0.95);
        agrees(r.t(), t);
        agrees(r.pValue(), p);
        agrees(r.df(), df);
        agrees(r.ciLow(), lo95);
        agrees(r.ciHigh(), hi95);
        agrees(r.difference(), r.meanB() - r.meanA());
        agrees(r.se(), r.difference() / t);
        WelchResult r90 = WelchTest.test(a, b, 0.90);
        agrees(r90.ciLow(), lo90);
        agrees(r90.ciHigh(), hi90);
    }

    @Test
    void unequalVariancesAndSizes() {
        check(new double[] {10.2, 11.5, 9.8, 10.9, 10.1, 10.4},
                new double[] {12.0, 8.1, 15.3, 9.9, 13.7, 7.2, 14.8, 11.1},
                0.9426509884939434, 0.3742162269487707, 7.776885187017911,
                -1.5011086878992073, 3.559442021232541, -1.008625813539171, 3.0669591468725046);
    }

    @Test
    void twoPerGroupWithFractionalDf() {
        check(new double[] {1, 2}, new double[] {3, 5}, 2.23606797749979, 0.19872738893452613,
                1.4705882352941173, -4.41852283477682, 9.41852283477682, -1.725979956513786,
                6.725979956513786);
    }

    @Test
    void tiesAndZeros() {
        check(new double[] {0, 0, 1, 1, 1, 2}, new double[] {0, 1, 1, 2, 2, 2, 3}, 1.5373686003940692,
                0.1526794570711921, 10.911645297058065, -0.3196491559187927, 1.795839632109269,
                -0.12475372701514653, 1.6009442032056227);
    }

    @Test
    void oneConstantGroup() {
        check(new double[] {2, 2, 2}, new double[] {1, 2, 3, 4}, 0.7745966692414834, 0.495025346059711,
                3.0, -1.554260256760879, 2.554260256760879, -1.019089565093493, 2.019089565093493);
    }

    @Test
    void momentsGiveTheSameAnswerAsRawValues() {
        double[] a = {10.2, 11.5, 9.8, 10.9, 10.1, 10.4};
        double[] b = {12.0, 8.1, 15.3, 9.9, 13.7, 7.2, 14.8, 11.1};
        assertThat(WelchTest.test(SampleMoments.of(a), SampleMoments.of(b), 0.95))
                .isEqualTo(WelchTest.test(a, b, 0.95));
    }

    @Test
    void allEqualDataHasADefinedAnswer() {
        WelchResult same = WelchTest.test(new double[] {3, 3, 3}, new double[] {3, 3}, 0.95);
        assertThat(same).isEqualTo(new WelchResult(3, 3, 0, 0, 3, 0, 1, 0, 0));
        WelchResult shifted = WelchTest.test(new double[] {3, 3, 3}, new double[] {4, 4}, 0.95);
        assertThat(shifted.t()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(shifted.pValue()).isZero();
        assertThat(shifted.ciLow()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadInputWithAMessage() {
        assertThatThrownBy(() -> WelchTest.test(new double[] {1}, new double[] {1, 2}, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a has 1 value");
        assertThatThrownBy(() -> WelchTest.test(new double[0], new double[] {1, 2}, 0.95))
                .hasMessageContaining("a has 0 values");
        assertThatThrownBy(() -> WelchTest.test(new double[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY},
                0.95)).hasMessageContaining("b[1] is Infinity");
        assertThatThrownBy(() -> WelchTest.test(new double[] {1, 2}, new double[] {1, 3}, 95))
                .hasMessageContaining("confidence is 95.0");
        assertThatThrownBy(() -> WelchTest.test(new SampleMoments(1, 0, 0), SampleMoments.of(new double[] {1, 2}),
                0.95)).hasMessageContaining("a has 1 observation");
    }
}
