package dev.evalunit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionRuleTest {

    @ParameterizedTest(name = "[{0}, {1}] m={2} {3} -> {4}")
    @CsvSource({
            // clearly better, by a possibly meaningful amount
            "0.02, 0.10, 0.05, HIGHER, SHIP_TREATMENT",
            // better, but surely by less than matters
            "0.01, 0.03, 0.05, HIGHER, NO_DIFFERENCE",
            // clearly worse
            "-0.10, -0.01, 0.05, HIGHER, KEEP_CONTROL",
            // equivalent: the whole interval within ±m
            "-0.02, 0.03, 0.05, HIGHER, NO_DIFFERENCE",
            // inconclusive: crosses 0 and reaches past m
            "-0.02, 0.08, 0.05, HIGHER, CONTINUE",
            // with no minimum effect, any significant gain ships and a null result never is 'no difference'
            "0.001, 0.002, 0.0, HIGHER, SHIP_TREATMENT",
            "-0.001, 0.002, 0.0, HIGHER, CONTINUE",
            // lower is better (latency in ms): a reduction ships, an increase keeps the control
            "-120, -40, 50, LOWER, SHIP_TREATMENT",
            "40, 120, 50, LOWER, KEEP_CONTROL",
            "-20, 30, 50, LOWER, NO_DIFFERENCE"
    })
    void verdicts(double low, double high, double m, Direction direction, TreatmentVerdict expected) {
        assertThat(DecisionRule.decide(low, high, m, direction)).isEqualTo(expected);
    }

    @Test
    void nonInferiorityAgainstAMargin() {
        // accuracy may drop by at most 0.02
        assertThat(DecisionRule.nonInferior(-0.015, 0.03, 0.02, Direction.HIGHER)).isTrue();
        assertThat(DecisionRule.nonInferior(-0.025, 0.03, 0.02, Direction.HIGHER)).isFalse();
        // cost may rise by at most 0.001 $
        assertThat(DecisionRule.nonInferior(-0.002, 0.0008, 0.001, Direction.LOWER)).isTrue();
        assertThat(DecisionRule.nonInferior(-0.002, 0.0012, 0.001, Direction.LOWER)).isFalse();
    }

    @Test
    void rejectsBadIntervalsAndEffects() {
        assertThatThrownBy(() -> DecisionRule.decide(0.1, 0.0, 0.05, Direction.HIGHER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above high");
        assertThatThrownBy(() -> DecisionRule.decide(0, 0.1, -1, Direction.HIGHER))
                .hasMessageContaining("minimumMeaningfulEffect is -1.0");
        assertThatThrownBy(() -> DecisionRule.decide(Double.NaN, 0.1, 0, Direction.HIGHER))
                .hasMessageContaining("low is NaN");
        assertThatThrownBy(() -> DecisionRule.nonInferior(0, 0.1, 0.1, null)).hasMessageContaining("direction");
    }

    /**
     * TOST by the 1 − 2α interval agrees with statsmodels' {@code ttost_paired(B, A, -m, m)} on the data of
     * second_pass_reference.py: p = 1.59e-8 at m = 0.05, p = 0.0194 at m = 0.01 (equivalent at α = 0.05,
     * not at α = 0.01). A margin of 0 never shows equivalence.
     */
    @Test
    void equivalenceByTwoOneSidedTests() {
        double[] a = {0.62, 0.55, 0.71, 0.48, 0.66, 0.59, 0.70, 0.52, 0.64, 0.58, 0.61, 0.67};
        double[] shift = {0.01, -0.02, 0.015, 0.0, -0.01, 0.02, -0.005, 0.01, 0.0, -0.015, 0.005, 0.01};
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] + shift[i];
        }
        PairedCases cases = PairedCases.ofMeans(a, b);
        PairedResult at90 = PairedTTest.test(cases, 0.90);
        PairedResult at98 = PairedTTest.test(cases, 0.98);
        assertThat(DecisionRule.equivalent(at90.ciLow(), at90.ciHigh(), 0.05)).isTrue();
        assertThat(DecisionRule.equivalent(at90.ciLow(), at90.ciHigh(), 0.01)).isTrue();
        assertThat(DecisionRule.equivalent(at98.ciLow(), at98.ciHigh(), 0.01)).isFalse();
        assertThat(DecisionRule.equivalent(0, 0, 0)).isFalse();
    }
}
