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
        assertThat(WilcoxonSignedRank.test(new double[] {0, 0, 0})).isEqualTo(new WilcoxonResult(0, 3, 0, 0, 1, false));
        assertThatThrownBy(() -> WilcoxonSignedRank.test(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 0 values");
        assertThatThrownBy(() -> WilcoxonSignedRank.test(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differences[1] is NaN");
    }

    /**
     * n(n + 1)/4 overflowed an int from n = 46,341: z = 372, p = 0 on null data. second_pass_reference.py:
     * d_i = ((i · 2654435761) mod 2^32) / 2^32 − 0.5 for i = 1..46341,
     * {@code scipy.stats.wilcoxon(d, correction=True, method="approx")}.
     */
    @Test
    void largeSamplesDoNotOverflow() {
        double[] d = new double[46341];
        for (int i = 1; i <= d.length; i++) {
            d[i - 1] = ((i * 2654435761L) % (1L << 32)) / (double) (1L << 32) - 0.5;
        }
        WilcoxonResult r = WilcoxonSignedRank.test(d);
        agrees(r.statistic(), 536856229.0);
        agrees(r.pValue(), 0.9924014371379619);
    }

    /** R's exact p below 50 differences without ties: {@code scipy.stats.wilcoxon(d, method="exact")}. */
    @Test
    void exactAsRForSmallUntiedSamples() {
        WilcoxonResult six = WilcoxonSignedRank.testAsR(new double[] {1.0, 2.0, -3.5, 4.0, 5.0, 6.5});
        assertThat(six.exact()).isTrue();
        agrees(six.statistic(), 18.0);
        agrees(six.pValue(), 0.15625);
        WilcoxonResult ten = WilcoxonSignedRank.testAsR(
                new double[] {0.31, -0.12, 0.27, 0.45, 0.06, 0.22, -0.04, 0.38, 0.15, -0.2});
        agrees(ten.statistic(), 46.0);
        agrees(ten.pValue(), 0.064453125);
        agrees(WilcoxonSignedRank.testAsR(new double[] {1.0, 2.0, 3.0}).pValue(), 0.25);
        WilcoxonResult tied = WilcoxonSignedRank.testAsR(new double[] {0.5, 0.5, -0.5, 0.5, 0.0});
        assertThat(tied.exact()).isFalse();
        agrees(tied.pValue(), 0.4237107971667934);
    }
}
