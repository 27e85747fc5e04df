package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/second_pass_reference.py, "CUPED": θ = np.cov(y, x)[0, 1] / x.var(ddof=1)
 * over both arms, then {@code scipy.stats.ttest_ind(adjusted_b, adjusted_a, equal_var=False)}; unadjusted p 0.442.
 */
class CupedTest {

    @Test
    void preperiodCovariateSharpensTheComparison() {
        double[] ya = {3.1, 4.0, 2.2, 5.1, 3.8, 2.9, 4.4, 3.3};
        double[] xa = {3.0, 3.7, 2.5, 4.8, 3.5, 3.1, 4.1, 3.0};
        double[] yb = {3.6, 4.3, 2.8, 5.5, 4.1, 3.4, 4.9, 3.9, 3.0};
        double[] xb = {3.1, 3.9, 2.4, 5.0, 3.6, 3.2, 4.3, 3.4, 2.7};
        CupedResult r = Cuped.compare(ya, xa, yb, xb, 0.95);
        agrees(r.theta(), 1.1478891820580475);
        agrees(r.adjusted().difference(), 0.28864427587217767);
        agrees(r.adjusted().pValue(), 0.003892575171317634);
        agrees(WelchTest.test(ya, yb, 0.95).pValue(), 0.4417950370910162);
        assertThat(r.varianceReduction()).isGreaterThan(0.9);
    }

    @Test
    void rejectsMisalignedCovariates() {
        assertThatThrownBy(() -> Cuped.compare(new double[] {1, 2}, new double[] {1}, new double[] {1, 2},
                new double[] {1, 2}, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("controlY has 2 entries but controlX has 1");
    }
}
