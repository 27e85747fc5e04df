package dev.evalunit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference from stats/src/test/python/offline_reference.py:
 * {@code multipletests([0.01, 0.04, 0.03, 0.005, 0.5, 0.04], method="holm" / "fdr_bh")[1]}.
 */
class PValueAdjustmentTest {

    private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.5, 0.04};

    @Test
    void holmMatchesStatsmodels() {
        assertThat(PValueAdjustment.holm(P)).containsExactly(new double[] {0.05, 0.12, 0.12, 0.03, 0.5, 0.12},
                within(1e-12));
    }

    @Test
    void benjaminiHochbergMatchesStatsmodels() {
        assertThat(PValueAdjustment.benjaminiHochberg(P)).containsExactly(
                new double[] {0.030000000000000002, 0.048, 0.048, 0.030000000000000002, 0.5, 0.048}, within(1e-12));
    }

    @Test
    void emptyAndInvalidInput() {
        assertThat(PValueAdjustment.holm(new double[0])).isEmpty();
        assertThat(PValueAdjustment.benjaminiHochberg(new double[] {0.2})).containsExactly(0.2);
        assertThatThrownBy(() -> PValueAdjustment.holm(new double[] {0.1, 1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pValues[1] is 1.5");
    }
}
