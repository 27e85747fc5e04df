package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/offline_reference.py (sections R1 and R2): the ANOVA estimators
 * written out in NumPy, with MSB/MSW cross-checked against {@code scipy.stats.f_oneway(*groups)}.
 */
class VarianceDecompositionTest {

    @Test
    void unbalancedRepeatsWithAnEmptyCase() {
        double[][] scores = {{0.5, 0.75, 1.0}, {0.0, 0.25, 0.25}, {1.0, 1.0}, {0.25, 0.5, 0.5, 0.75}, {},
                {0.75, 0.5, 1.0}, {0.5}};
        VarianceComponents v = VarianceDecomposition.of(scores);
        assertThat(v.cases()).isEqualTo(6);
        assertThat(v.droppedCases()).isEqualTo(1);
        assertThat(v.observations()).isEqualTo(16);
        agrees(v.withinCaseVariance(), 0.04166666666666667);
        agrees(v.betweenCaseVariance(), 0.06610576923076923);
        agrees(v.icc(), 0.6133828996282528);
        agrees(v.standardError(), 0.1191658448360879);
        agrees(v.naiveStandardError(), 0.07864410870073697);
        agrees(v.mean(), 0.611111111111111);
        assertThat(v.naiveStandardError()).isLessThan(v.standardError());
        assertThat(v.narrowestBy()).isEqualTo(VarianceComponents.Lever.MORE_CASES);
    }

    @Test
    void noisyRepeatsCallForMoreRepeats() {
        double[][] scores = {{0, 1, 0.5}, {1, 0, 0}, {0.5, 1, 0}, {0, 0.5, 1}, {1, 1, 0}};
        VarianceComponents v = VarianceDecomposition.of(scores);
        agrees(v.withinCaseVariance(), 0.2833333333333334);
        assertThat(v.betweenCaseVariance()).isZero();
        assertThat(v.icc()).isZero();
        agrees(v.standardError(), 0.13743685418725538);
        assertThat(v.narrowestBy()).isEqualTo(VarianceComponents.Lever.MORE_REPEATS);
        assertThat(v.projectedStandardError(5, 12)).isCloseTo(v.standardError() / 2,
                within(1e-12));
    }

    @Test
    void constantScoresHaveZeroVarianceEverywhere() {
        VarianceComponents v = VarianceDecomposition.of(new double[][] {{1, 1}, {1, 1}, {1}});
        assertThat(v.betweenCaseVariance()).isZero();
        assertThat(v.withinCaseVariance()).isZero();
        assertThat(v.icc()).isZero();
        assertThat(v.standardError()).isZero();
    }

    @Test
    void needsTwoCasesAndSomeRepeats() {
        assertThatThrownBy(() -> VarianceDecomposition.of(new double[][] {{1, 2}, {}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 case(s) with a valid repeat");
        assertThatThrownBy(() -> VarianceDecomposition.of(new double[][] {{1}, {2}}))
                .hasMessageContaining("exactly 1 repeat");
        assertThatThrownBy(() -> VarianceDecomposition.of(new double[][] {{1, 2}, {2, 3}}).projectedStandardError(0, 3))
                .hasMessageContaining("cases (0)");
    }

    /**
     * 100 cases × 3 repeats, case means ±0.2 and repeats at the case mean ±0.3: σ² = 0.09, ω² = (MSB − MSW)/3
     * = 0.0104. The within-case term σ²/K = 0.03 dominates ω², which used to advise MORE_REPEATS; but 300 new
     * samples as 100 new cases give SE² (ω² + σ²/3)/200 = 2.0e-4, as 3 more repeats (ω² + σ²/6)/100 = 2.5e-4.
     */
    @Test
    void moreCasesWinPerSampleAndRepeatsOnlyWhenCasesCostMore() {
        double[][] scores = new double[100][];
        for (int i = 0; i < 100; i++) {
            double mean = i % 2 == 0 ? 0.7 : 0.3;
            scores[i] = new double[] {mean - 0.3, mean, mean + 0.3};
        }
        VarianceComponents v = VarianceDecomposition.of(scores);
        agrees(v.withinCaseVariance(), 0.09);
        // MSB = 3 · 0.04 · 100/99, ω² = (MSB − 0.09) / 3
        agrees(v.betweenCaseVariance(), (3 * 0.04 * 100 / 99 - 0.09) / 3);
        assertThat(v.narrowestBy()).isEqualTo(VarianceComponents.Lever.MORE_CASES);
        double asCases = Math.pow(v.projectedStandardError(200, 3), 2);
        double asRepeats = Math.pow(v.projectedStandardError(100, 6), 2);
        assertThat(asCases).isLessThan(asRepeats);
        assertThat(v.repeatsForCaseCost(0)).isEqualTo(1);
        // sqrt(c · 0.09 / 0.0103...): c = 1 → 3, c = 9 → 9
        assertThat(v.repeatsForCaseCost(1)).isEqualTo(3);
        assertThat(v.repeatsForCaseCost(9)).isEqualTo(9);
        agrees(v.caseCostBreakEven(3), 9 * v.betweenCaseVariance() / 0.09);
    }
}
