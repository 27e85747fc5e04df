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
}
