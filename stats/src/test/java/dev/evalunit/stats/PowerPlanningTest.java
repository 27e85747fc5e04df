package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/second_pass_reference.py: statsmodels'
 * {@code TTestPower().solve_power(effect_size=δ/sqrt(V), alpha, power)} and {@code TTestPower().power(...)},
 * the noncentral t that R's {@code power.t.test(type = "paired")} uses; cases needed is the solution rounded
 * up.
 */
class PowerPlanningTest {

    /** ω² = 0.04, σ_A² = 0.09 with K_A = 3, σ_B² = 0.16 with K_B = 5. */
    private static final PlanningInputs INPUTS = new PlanningInputs(0.04, 0.09, 3, 0.16, 5);

    @Test
    void casesNeededFollowsTheNoncentralT() {
        agrees(INPUTS.variancePerCase(), 0.10200000000000001);
        // nobs = 322.15951410041214 (the z approximation said 321)
        assertThat(PowerPlanning.casesNeeded(INPUTS, 0.05, 0.05, 0.8)).isEqualTo(323);
        assertThat(PowerPlanning.casesNeeded(INPUTS, -0.05, 0.05, 0.8)).isEqualTo(323);
        // nobs = 155.10182748614642 (z: 152)
        assertThat(PowerPlanning.casesNeeded(INPUTS, 0.1, 0.01, 0.9)).isEqualTo(156);
        PlanningInputs unit = new PlanningInputs(1, 0, 1, 0, 1);
        // effect sizes 0.8, 0.6, 0.5: nobs 14.3028, 23.7945, 33.3671 (z: 12.26, 21.80, 31.40)
        assertThat(PowerPlanning.casesNeeded(unit, 0.8, 0.05, 0.8)).isEqualTo(15);
        assertThat(PowerPlanning.casesNeeded(unit, 0.6, 0.05, 0.8)).isEqualTo(24);
        assertThat(PowerPlanning.casesNeeded(unit, 0.5, 0.05, 0.8)).isEqualTo(34);
    }

    @Test
    void minimumDetectableEffectAndPower() {
        // brentq(lambda e: TTestPower().power(e, 200, 0.05) - 0.8, ..., xtol=1e-15) · sqrt(V)
        agrees(PowerPlanning.minimumDetectableEffect(INPUTS, 200, 0.05, 0.8), 0.06357599928345348);
        agrees(PowerPlanning.power(INPUTS, 200, 0.05, 0.05), 0.5961599231554783);
        double mde = PowerPlanning.minimumDetectableEffect(INPUTS, 200, 0.05, 0.8);
        agrees(PowerPlanning.power(INPUTS, 200, mde, 0.05), 0.8);
        PlanningInputs unit = new PlanningInputs(1, 0, 1, 0, 1);
        // the same root at n = 5: 1.681996965955558 (the z approximation said 1.253)
        agrees(PowerPlanning.minimumDetectableEffect(unit, 5, 0.05, 0.8), 1.681996965955558);
        agrees(PowerPlanning.power(unit, 5, 1.2, 0.05), 0.5302212511402774);
    }

    /** scipy.stats.nct.cdf(t, df, nc). */
    @Test
    void noncentralTMatchesSciPy() {
        agrees(NoncentralT.cdf(2.5, 7, 1.3), 0.8236718227421564);
        agrees(NoncentralT.cdf(-1.0, 4, 2.0), 0.0025732321748442866);
        agrees(NoncentralT.cdf(30.0, 50, 25.0), 0.940367554563658);
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
        assertThatThrownBy(() -> PowerPlanning.minimumDetectableEffect(INPUTS, 1, 0.05, 0.8))
                .hasMessageContaining("cases is 1");
    }
}
