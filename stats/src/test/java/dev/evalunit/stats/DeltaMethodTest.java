package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/second_pass_reference.py, "Delta method per unit": the ratio variance
 * written out in NumPy ({@code np.cov(s, n, ddof=1)}), normal p-values and intervals from
 * {@code scipy.stats.norm}; with one request per unit it reduces to statsmodels'
 * {@code CompareMeans(DescrStatsW(b), DescrStatsW(a)).ztest_ind(usevar="unequal")}.
 */
class DeltaMethodTest {

    private static final double[] SA = {4, 9, 3, 12, 5, 0, 7, 8, 2, 10};
    private static final double[] NA = {1, 3, 1, 4, 2, 0, 2, 3, 1, 3};
    private static final double[] SB = {5, 8, 4, 15, 9, 3, 4, 10, 6, 12, 4};
    private static final double[] NB = {1, 2, 1, 4, 3, 1, 1, 3, 2, 3, 1};

    @Test
    void ratioMetricsPerUnit() {
        UnitTotals a = UnitTotals.of(SA, NA);
        UnitTotals b = UnitTotals.of(SB, NB);
        agrees(a.ratio(), 3.0);
        agrees(b.ratio(), 3.6363636363636362);
        agrees(a.varianceOfRatio(), 0.016666666666666698);
        agrees(b.varianceOfRatio(), 0.024267468069120956);
        RatioResult r = DeltaMethod.compare(a, b, 0.95);
        agrees(r.pValue(), 0.0016591465433658003);
        agrees(r.ciLow(), 0.23982007892224588);
        agrees(r.ciHigh(), 1.0329071938050265);
        agrees(r.pValueAbove(), 0.0008295732716829001);
        agrees(r.pValueBelow(), 1 - 0.0008295732716829001);
        assertThat(r.hasLift()).isTrue();
        agrees(r.lift(), 0.21212121212121215);
        agrees(r.liftLow(), 0.06786471866062252);
        agrees(r.liftHigh(), 0.3563777055818018);
    }

    @Test
    void oneRequestPerUnitIsTheUnequalVarianceZTest() {
        RatioResult r = DeltaMethod.compare(UnitTotals.of(SA, ones(SA.length)), UnitTotals.of(SB, ones(SB.length)),
                0.95);
        agrees(r.pValue(), 0.44947143030621306);
    }

    @Test
    void rejectsUnitsWithoutData() {
        assertThatThrownBy(() -> UnitTotals.of(new double[] {0, 0}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every count is 0");
        assertThatThrownBy(() -> UnitTotals.of(new double[] {1, 2}, new double[] {1, -1}))
                .hasMessageContaining("counts[1] is -1.0");
        assertThatThrownBy(() -> UnitTotals.of(new double[] {1}, new double[] {1})).hasMessageContaining("at least 2");
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1);
        return out;
    }
}
