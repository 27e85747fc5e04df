package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/offline_reference.py:
 * {@code scipy.stats.wilcoxon(d, zero_method="wilcox", correction=True, method="approx")} (the same
 * computation as R's {@code wilcox.test(b, a, paired=TRUE, exact=FALSE, correct=TRUE)}), and
 * {@code V = rankdata(abs(d[d != 0]))[d[d != 0] > 0].sum()}.
 */
class WilcoxonSignedRankTest {

    private static void check(WilcoxonResult r, double v, double p, double absZ) {
        agrees(r.statistic(), v);
        agrees(r.pValue(), p);
        agrees(Math.abs(r.z()), absZ);
    }

    @Test
    void tiesAndZerosAsR() {
        WilcoxonResult r = WilcoxonSignedRank.test(PairedTTestTest.d1());
        assertThat(r.zeros()).isEqualTo(2);
        assertThat(r.nonZero()).isEqualTo(10);
        check(r, 45.0, 0.07833098432160537, 1.7604532684668923);
    }

    @Test
    void continuousDifferences() {
        check(WilcoxonSignedRank.test(PairedCases.ofMeans(PairedTTestTest.D3_CONTROL, PairedTTestTest.D3_TREATMENT)),
                204.0, 0.5646736488904178, 0.5759135019370349);
    }

    @Test
    void smallAndFullyTiedSamples() {
        check(WilcoxonSignedRank.test(new double[] {0.5, 0.5, -0.5, 0.5, 0.0}), 7.5, 0.4237107971667934, 0.8);
        check(WilcoxonSignedRank.test(new double[] {1.0, 2.0}), 3.0, 0.37109336952269756, 0.8944271909999159);
        check(WilcoxonSignedRank.test(new double[] {0.0, 0.0, -3.0}), 0.0, 1.0, 0.0);
    }

    @Test
    void allZeroDifferencesAreNoEvidence() {
        assertThat(WilcoxonSignedRank.test(new double[] {0, 0, 0})).isEqualTo(new WilcoxonResult(0, 3, 0, 0, 1));
        assertThat(WilcoxonSignedRank.test(new double[0]).pValue()).isEqualTo(1.0);
        assertThatThrownBy(() -> WilcoxonSignedRank.test(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differences[1] is NaN");
    }
}
