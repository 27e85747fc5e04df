package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/online_reference.py:
 * {@code proportions_ztest([sB, sA], [nB, nA])} and
 * {@code confint_proportions_2indep(sB, nB, sA, nA, method="wald", compare="diff", alpha=0.05)}.
 */
class TwoProportionTestTest {

    private static void check(long sa, long na, long sb, long nb, double z, double p, double lo, double hi) {
        ProportionResult r = TwoProportionTest.test(sa, na, sb, nb, 0.95);
        agrees(r.z(), z);
        agrees(r.pValue(), p);
        agrees(r.ciLow(), lo);
        agrees(r.ciHigh(), hi);
        agrees(r.difference(), (double) sb / nb - (double) sa / na);
    }

    @Test
    void matchesStatsmodels() {
        check(120, 1000, 150, 1000, 1.963049807622355, 0.04964038686536878, 7.60288212977786e-05,
                0.05992397117870222);
        check(3, 40, 9, 35, 2.1465741571734474, 0.031827199132860196, 0.01592565098121912, 0.3483600633044951);
        check(0, 10, 2, 12, 1.35400640077266, 0.17573433564422514, -0.04419188531361007, 0.3775252186469434);
        check(480, 5000, 560, 5100, 2.282193644825659, 0.022477910142471805, 0.0019590429767769035,
                0.02564880016047799);
    }

    @Test
    void noConversionsAnywhereIsNoEvidence() {
        assertThat(TwoProportionTest.test(0, 100, 0, 80, 0.95))
                .isEqualTo(new ProportionResult(0, 0, 0, 0, 0, 1, 0, 0));
        assertThat(TwoProportionTest.test(5, 5, 9, 9, 0.95).pValue()).isEqualTo(1.0);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> TwoProportionTest.test(5, 4, 1, 10, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successesA is 5");
        assertThatThrownBy(() -> TwoProportionTest.test(0, 0, 1, 10, 0.95)).hasMessageContaining("trialsA is 0");
        assertThatThrownBy(() -> TwoProportionTest.test(1, 10, -1, 10, 0.95))
                .hasMessageContaining("successesB is -1");
    }
}
