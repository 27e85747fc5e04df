package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/offline_reference.py: the brief's formula with
 * {@code scipy.stats.norm.ppf}; statsmodels' {@code NormalIndPower().solve_power(..., ratio=0)} gives
 * 320.2335 for the first case (it also counts the far tail, hence the 1e-6 relative difference).
 */
class PowerPlanningTest {

    /** ω² = 0.04, σ_A² = 0.09 with K_A = 3, σ_B² = 0.16 with K_B = 5. */
    private static final PlanningInputs INPUTS = new PlanningInputs(0.04, 0.09, 3, 0.16, 5);

    @Test
    void casesNeededMatchesTheFormula() {
        agrees(INPUTS.variancePerCase(), 0.10200000000000001);
        // n = 320.23429316144274
        assertThat(PowerPlanning.casesNeeded(INPUTS, 0.05, 0.05, 0.8)).isEqualTo(321);
        assertThat(PowerPlanning.casesNeeded(INPUTS, -0.05, 0.05, 0.8)).isEqualTo(321);
        // n = 151.769749126335
        assertThat(PowerPlanning.casesNeeded(INPUTS, 0.1, 0.01, 0.9)).isEqualTo(152);
    }

    @Test
    void minimumDetectableEffectAndPower() {
        agrees(PowerPlanning.minimumDetectableEffect(INPUTS, 200, 0.05, 0.8), 0.06326870209288346);
        agrees(PowerPlanning.power(INPUTS, 200, 0.05, 0.05), 0.6002805075990436);
        double mde = PowerPlanning.minimumDetectableEffect(INPUTS, 200, 0.05, 0.8);
        agrees(PowerPlanning.power(INPUTS, 200, mde, 0.05), 0.8);
    }

    @Test
    void estimatesInputsFromARun() {
        double[][] control = {{0.5, 0.75, 1.0}, {0.0, 0.25, 0.25}, {1.0, 1.0}, {0.25, 0.5, 0.5, 0.75}, {},
                {0.75, 0.5, 1.0}, {0.5}};
        double[][] treatment = {{1.0, 1.0}, {0.0, 0.0, 0.25, 0.0}, {1.0}, {0.75, 1.0, 1.0}, {0.5}, {},
                {0.0, 0.25}};
        PlanningInputs in = PlanningInputs.estimate(control, treatment);
        // offline_reference.py, "PlanningInputs.estimate on (control=R1, treatment=R1T)"
        agrees(in.withinVarianceControl(), 0.04166666666666667);
        agrees(in.withinVarianceTreatment(), 0.01711309523809524);
        agrees(in.betweenCaseVariance(), 0.06615823412698413);
        assertThat(in.repeatsControl()).isEqualTo(2);
        assertThat(in.repeatsTreatment()).isEqualTo(2);
    }

    @Test
    void rejectsImpossiblePlans() {
        assertThatThrownBy(() -> PowerPlanning.casesNeeded(INPUTS, 0, 0.05, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effect is 0.0");
        assertThatThrownBy(() -> PowerPlanning.casesNeeded(INPUTS, 0.1, 0.05, 1.0))
                .hasMessageContaining("power is 1.0");
        assertThatThrownBy(() -> new PlanningInputs(0, 0, 1, 0, 1)).hasMessageContaining("all variances are 0");
        assertThatThrownBy(() -> new PlanningInputs(0.1, 0.1, 0, 0.1, 1)).hasMessageContaining("repeatsControl (0)");
        assertThatThrownBy(() -> PowerPlanning.minimumDetectableEffect(INPUTS, 0, 0.05, 0.8))
                .hasMessageContaining("cases is 0");
    }
}
