package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** References from stats/src/test/python/offline_reference.py. */
class SampleSummaryTest {

    @Test
    void tIntervalMatchesStatsmodels() {
        // DescrStatsW(np.array([0.5, 0.75, 1.0, 0.25, 0.5, 0.5, 0.0, 1.0])).tconfint_mean(alpha=0.05)
        SampleSummary s = SampleSummary.of(new double[] {0.5, 0.75, 1.0, 0.25, 0.5, 0.5, 0.0, 1.0}, 0.95);
        agrees(s.ci().orElseThrow().low(), 0.2722481351683137);
        agrees(s.ci().orElseThrow().high(), 0.8527518648316863);
        assertThat(s.summary().median()).isEqualTo(0.5);
        // DescrStatsW(np.array([3.0, 4.0])).tconfint_mean(alpha=0.05)
        SampleSummary two = SampleSummary.of(new double[] {3, 4}, 0.95);
        agrees(two.ci().orElseThrow().low(), -2.8531023682160477);
        agrees(two.ci().orElseThrow().high(), 9.853102368216048);
    }

    @Test
    void repeatsAreSummarisedPerCaseAndEmptyCasesCounted() {
        double[][] scores = {{0.5, 0.75, 1.0}, {0.0, 0.25, 0.25}, {1.0, 1.0}, {0.25, 0.5, 0.5, 0.75}, {},
                {0.75, 0.5, 1.0}, {0.5}};
        SampleSummary s = SampleSummary.ofRepeats(scores, 0.95);
        assertThat(s.droppedCases()).isEqualTo(1);
        assertThat(s.summary().count()).isEqualTo(6);
        // mean of case means from offline_reference.py, section R1
        agrees(s.summary().mean(), 0.611111111111111);
    }

    @Test
    void degenerateInputHasDefinedAnswers() {
        SampleSummary one = SampleSummary.of(new double[] {0.7}, 0.95);
        assertThat(one.ci()).isEmpty();
        SampleSummary constant = SampleSummary.of(new double[] {0.5, 0.5, 0.5}, 0.95);
        assertThat(constant.ci()).contains(new Interval(0.5, 0.5));
        assertThatThrownBy(() -> SampleSummary.ofRepeats(new double[][] {{}, {}}, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none has a valid repeat");
        assertThatThrownBy(() -> SampleSummary.ofRepeats(new double[][] {{1}, {Double.NaN}}, 0.95))
                .hasMessageContaining("scores[1][0] is NaN");
        assertThatThrownBy(() -> SampleSummary.ofRepeats(new double[][] {{1}, null}, 0.95))
                .hasMessageContaining("scores[1] is null");
    }

    @Test
    void wilsonMatchesStatsmodels() {
        // proportion_confint(k, n, alpha=0.05, method="wilson")
        assertWilson(0, 10, 0.0, 0.27753279986288926);
        assertWilson(7, 10, 0.39677814746114537, 0.8922087325936989);
        assertWilson(10, 10, 0.7224672001371106, 1.0);
        assertWilson(45, 200, 0.17262369715089126, 0.2877412323566053);
        assertWilson(1, 1, 0.2065493143772374, 1.0);
    }

    private static void assertWilson(long k, long n, double low, double high) {
        Interval ci = WilsonInterval.of(k, n, 0.95);
        agrees(ci.low(), low);
        agrees(ci.high(), high);
    }

    @Test
    void binaryScoresGetARateWithItsWilsonInterval() {
        ProportionSummary s = ProportionSummary.ofScores(new double[] {1, 0, 1, 1, 1, 0, 1, 1, 0, 1}, 0.95);
        assertThat(s.successes()).isEqualTo(7);
        assertThat(s.rate()).isEqualTo(0.7);
        agrees(s.ci().low(), 0.39677814746114537);
        assertThatThrownBy(() -> ProportionSummary.ofScores(new double[] {1, 0.5}, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores[1] is 0.5");
    }
}
