package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/second_pass_reference.py:
 * {@code scipy.stats.permutation_test((d,), np.mean, permutation_type="samples", n_resamples=np.inf)}.
 */
class SignFlipTestTest {

    static final double[] S1 = {0.3, -0.1, 0.25, 0.4, 0.05, 0.2, -0.05, 0.35};
    static final double[] S2 = {0.5, 0.25, 0.75, 0.5, 1.0, 0.25, 0.5, 0.75, 0.25, 0.5, -0.25, 0.75};

    /** The inputs: the paired t said p = 0 and p = 2.7e-16 for these. */
    @Test
    void tinyAndZeroVarianceEvidenceIsExact() {
        assertThat(SignFlipTest.pValue(new double[] {1.0, 1.0, 1.0})).isEqualTo(0.25);
        assertThat(SignFlipTest.pValue(new double[] {0.7 - 0.6, 0.3 - 0.2})).isEqualTo(0.5);
        assertThat(SignFlipTest.pValue(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1})).isEqualTo(0.03125);
        assertThat(SignFlipTest.pValue(new double[] {0, 0, 0})).isEqualTo(1.0);
    }

    @Test
    void matchesScipyPermutationTest() {
        agrees(SignFlipTest.pValue(S1), 0.0546875);
        agrees(SignFlipTest.pValue(S2), 0.00244140625);
    }

    /** The inverted interval excludes 0 exactly when p ≤ α, and its bounds are where p crosses α. */
    @Test
    void intervalAgreesWithTheTest() {
        SignFlipResult s1 = SignFlipTest.test(PairedCases.ofMeans(new double[S1.length], S1), 0.95);
        assertThat(s1.pValue()).isGreaterThan(0.05);
        assertThat(s1.ciLow()).isLessThan(0).isLessThan(s1.difference());
        assertThat(s1.ciHigh()).isGreaterThan(s1.difference());
        SignFlipResult s2 = SignFlipTest.test(PairedCases.ofMeans(new double[S2.length], S2), 0.95);
        assertThat(s2.ciLow()).isGreaterThan(0);
        for (SignFlipResult r : new SignFlipResult[] {s1, s2}) {
            double[] d = r == s1 ? S1 : S2;
            double step = 1e-9;
            assertThat(SignFlipTest.pValue(shift(d, r.ciLow() + step))).isGreaterThan(0.05);
            assertThat(SignFlipTest.pValue(shift(d, r.ciLow() - step))).isLessThanOrEqualTo(0.05);
            assertThat(SignFlipTest.pValue(shift(d, r.ciHigh() - step))).isGreaterThan(0.05);
            assertThat(SignFlipTest.pValue(shift(d, r.ciHigh() + step))).isLessThanOrEqualTo(0.05);
        }
    }

    @Test
    void tooFewCasesCannotBoundTheDifference() {
        assertThat(SignFlipTest.minimumCases(0.05)).isEqualTo(6);
        assertThat(SignFlipTest.minimumCases(0.025)).isEqualTo(7);
        assertThat(SignFlipTest.minimumCases(0.01)).isEqualTo(8);
        SignFlipResult three = SignFlipTest.test(PairedCases.ofMeans(new double[3], new double[] {1, 1, 1}), 0.95);
        assertThat(three.bounded()).isFalse();
        assertThat(three.pValue()).isEqualTo(0.25);
        SignFlipResult six = SignFlipTest.test(PairedCases.ofMeans(new double[6], new double[] {1, 1, 1, 1, 1, 1}),
                0.95);
        assertThat(six.ciLow()).isEqualTo(1.0);
        assertThat(six.ciHigh()).isEqualTo(1.0);
    }

    @Test
    void rejectsWhatItCannotTestExactly() {
        assertThatThrownBy(() -> SignFlipTest.pValue(new double[25])).hasMessageContaining("at most 24");
        assertThatThrownBy(() -> SignFlipTest.pValue(new double[0])).hasMessageContaining("has 0 values");
    }

    private static double[] shift(double[] d, double by) {
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i] - by;
        }
        return out;
    }
}
