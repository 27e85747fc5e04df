package dev.evalunit.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FriedmanTestTest {

    private static final double[] A = {5, 4, 4, 3, 5, 4, 2, 4, 3, 4};
    private static final double[] B = {3, 3, 4, 2, 4, 3, 2, 3, 3, 2};
    private static final double[] C = {4, 2, 3, 3, 4, 4, 1, 3, 2, 3};

    private static double[][] cases() {
        double[][] values = new double[A.length][];
        for (int i = 0; i < A.length; i++) {
            values[i] = new double[] {A[i], B[i], C[i]};
        }
        return values;
    }

    @Test
    void matchesScipyWithTiedScores() {
        // /usr/bin/python3: r = scipy.stats.friedmanchisquare(A, B, C)  -> 10.242424242424264 0.005968783619216946
        // mean ranks, 1 the best: np.array([stats.rankdata(-row) for row in np.array([A, B, C]).T]).mean(axis=0)
        FriedmanResult result = FriedmanTest.test(cases(), Direction.HIGHER);
        assertThat(result.statistic()).isCloseTo(10.242424242424264, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.005968783619216946, within(1e-12));
        assertThat(result.df()).isEqualTo(2);
        assertThat(result.meanRanks()).containsExactly(new double[] {1.25, 2.35, 2.4}, within(1e-12));
    }

    @Test
    void lowerIsBetterReversesTheRanksButNotTheStatistic() {
        FriedmanResult result = FriedmanTest.test(cases(), Direction.LOWER);
        assertThat(result.statistic()).isCloseTo(10.242424242424264, within(1e-12));
        assertThat(result.meanRanks()).containsExactly(new double[] {2.75, 1.65, 1.6}, within(1e-12));
    }

    @Test
    void allTiedIsNoEvidence() {
        FriedmanResult result = FriedmanTest.test(new double[][] {{1, 1, 1}, {2, 2, 2}}, Direction.HIGHER);
        assertThat(result.statistic()).isZero();
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void fewerThanThreeVariantsOrTwoCasesAreRefused() {
        assertThatThrownBy(() -> FriedmanTest.test(new double[][] {{1, 2}, {2, 1}}, Direction.HIGHER))
                .hasMessageContaining("at least 3 variants");
        assertThatThrownBy(() -> FriedmanTest.test(new double[][] {{1, 2, 3}}, Direction.HIGHER))
                .hasMessageContaining("at least 2 cases");
    }
}
