package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/online_reference.py:
 * {@code scipy.stats.chisquare(observed, f_exp=observed.sum() * w / w.sum())}.
 */
class SampleRatioCheckTest {

    private static SrmResult check(long[] observed, double[] weights, double chi2, double p) {
        SrmResult r = SampleRatioCheck.check(observed, weights);
        agrees(r.chiSquare(), chi2);
        agrees(r.pValue(), p);
        assertThat(r.df()).isEqualTo(observed.length - 1);
        return r;
    }

    @Test
    void balancedSplitWithinNoise() {
        assertThat(check(new long[] {5000, 5150}, new double[] {1, 1}, 2.2167487684729066, 0.13652028764557886)
                .mismatch()).isFalse();
        assertThat(check(new long[] {50421, 49579}, new double[] {50, 50}, 7.08964, 0.007753081977997388)
                .mismatch()).isFalse();
    }

    @Test
    void brokenSplitsAreFlaggedBelowOnePerMille() {
        SrmResult skewed = check(new long[] {9120, 880}, new double[] {0.9, 0.1}, 16.0, 6.334248366623988e-05);
        assertThat(skewed.mismatch()).isTrue();
        assertThat(skewed.threshold()).isEqualTo(0.001);
        assertThat(check(new long[] {3300, 3400, 3000}, new double[] {1, 1, 1}, 26.804123711340203,
                1.5120233220795544e-06).mismatch()).isTrue();
    }

    @Test
    void rejectsUnusableInput() {
        assertThatThrownBy(() -> SampleRatioCheck.check(new long[] {10, 10}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights has 1");
        assertThatThrownBy(() -> SampleRatioCheck.check(new long[] {0, 0}, new double[] {1, 1}))
                .hasMessageContaining("no traffic");
        assertThatThrownBy(() -> SampleRatioCheck.check(new long[] {1, 2}, new double[] {1, 0}))
                .hasMessageContaining("weights[1] is 0.0");
        assertThatThrownBy(() -> SampleRatioCheck.check(new long[] {1, -2}, new double[] {1, 1}))
                .hasMessageContaining("observed[1] is -2");
    }
}
