package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void matchesNumpyWithTiesAndZeros() {
        // x = [3.1, 0.0, 2.2, 2.2, 9.5, -1.0, 4.4]; np.mean(x), np.std(x, ddof=1), np.percentile(x, [25, 50, 75, 95])
        Summary s = Summary.of(new double[] {3.1, 0.0, 2.2, 2.2, 9.5, -1.0, 4.4});
        assertThat(s.count()).isEqualTo(7);
        agrees(s.mean(), 2.914285714285714);
        agrees(s.sd(), 3.4265768007486086);
        agrees(s.p25(), 1.1);
        agrees(s.median(), 2.2);
        agrees(s.p75(), 3.75);
        agrees(s.p95(), 7.969999999999996);
        assertThat(s.min()).isEqualTo(-1.0);
        assertThat(s.max()).isEqualTo(9.5);
    }

    @Test
    void matchesNumpyForTwoValues() {
        // x = [5.0, 7.0]: np.std(x, ddof=1) = 1.4142135623730951, np.percentile(x, [25, 95]) = [5.5, 6.9]
        Summary s = Summary.of(new double[] {5.0, 7.0});
        agrees(s.sd(), 1.4142135623730951);
        agrees(s.p25(), 5.5);
        agrees(s.p95(), 6.9);
        agrees(Summary.percentile(new double[] {7.0, 5.0}, 75), 6.5);
    }

    @Test
    void singleValueHasZeroSpread() {
        Summary s = Summary.of(new double[] {2.5});
        assertThat(s).isEqualTo(new Summary(1, 2.5, 0.0, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5));
    }

    @Test
    void rejectsEmptyAndNonFiniteInputWithTheirPosition() {
        assertThatThrownBy(() -> Summary.of(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values has 0 values");
        assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1] is NaN");
        assertThatThrownBy(() -> Summary.percentile(new double[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 100]");
    }

    @Test
    void momentsFromSumsMatchMomentsFromValues() {
        double[] x = {3.1, 0.0, 2.2, 2.2, 9.5, -1.0, 4.4};
        double sum = 0;
        double squares = 0;
        for (double v : x) {
            sum += v;
            squares += v * v;
        }
        SampleMoments fromSums = SampleMoments.ofSums(x.length, sum, squares);
        agrees(fromSums.mean(), 2.914285714285714);
        agrees(fromSums.sd(), 3.4265768007486086);
        assertThat(SampleMoments.ofSums(1, 4, 16).variance()).isZero();
        assertThatThrownBy(() -> SampleMoments.ofSums(0, 0, 0)).hasMessageContaining("count is 0");
    }
}
