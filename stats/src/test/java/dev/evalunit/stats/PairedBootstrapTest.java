package dev.evalunit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * The bootstrap draws from our own seeded generator, so no external package can reproduce its exact
 * bounds; it is checked for reproducibility, against the t interval it should approach, and for coverage
 * in {@link PairedMonteCarloTest}.
 */
class PairedBootstrapTest {

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        PairedCases cases = PairedCases.ofMeans(PairedTTestTest.D3_CONTROL, PairedTTestTest.D3_TREATMENT);
        BootstrapResult first = PairedBootstrap.interval(cases, 2000, 11, 0.95);
        assertThat(PairedBootstrap.interval(cases, 2000, 11, 0.95)).isEqualTo(first);
        assertThat(PairedBootstrap.interval(cases, 2000, 12, 0.95).ciLow()).isNotEqualTo(first.ciLow());
        assertThat(first.resamples()).isEqualTo(2000);
        assertThat(first.seed()).isEqualTo(11);
    }

    @Test
    void approachesTheTIntervalForSymmetricData() {
        // t interval from offline_reference.py, D3 n=30: [-0.081835382129609, 0.036228715462942374], se 0.028864
        PairedCases cases = PairedCases.ofMeans(PairedTTestTest.D3_CONTROL, PairedTTestTest.D3_TREATMENT);
        BootstrapResult r = PairedBootstrap.interval(cases, 20_000, 3, 0.95);
        assertThat(r.difference()).isCloseTo(-0.0228033, within(1e-6));
        // The bootstrap se is sd·sqrt((n−1)/n)/sqrt(n) in expectation: 0.0283784 for n = 30.
        assertThat(r.se()).isCloseTo(0.0283784, within(0.0008));
        assertThat(r.ciLow()).isCloseTo(-0.0818354, within(0.006));
        assertThat(r.ciHigh()).isCloseTo(0.0362287, within(0.006));
    }

    @Test
    void constantDifferencesCollapseTheInterval() {
        BootstrapResult r = PairedBootstrap.interval(
                PairedCases.ofMeans(new double[] {1, 2, 3}, new double[] {1.5, 2.5, 3.5}), 500, 1, 0.95);
        assertThat(r.ciLow()).isEqualTo(0.5);
        assertThat(r.ciHigh()).isEqualTo(0.5);
        assertThat(r.se()).isZero();
    }

    @Test
    void rejectsTooFewResamplesOrCases() {
        PairedCases cases = PairedCases.ofMeans(new double[] {1, 2}, new double[] {2, 2});
        assertThatThrownBy(() -> PairedBootstrap.interval(cases, 10, 1, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resamples is 10");
        assertThatThrownBy(() -> PairedBootstrap.interval(PairedCases.ofMeans(new double[] {1}, new double[] {2}),
                1000, 1, 0.95)).hasMessageContaining("1 paired case(s)");
    }

    /**
     * The studentized interval follows the skew of the data: on right-skewed differences it reaches further
     * above the mean than below, where the t interval is symmetric.
     */
    @Test
    void studentizedIntervalFollowsTheSkew() {
        double[] skewed = {0.02, 0.05, 0.01, 0.9, 0.03, 0.07, 0.04, 0.6, 0.02, 0.08};
        PairedCases cases = PairedCases.ofMeans(new double[10], skewed);
        BootstrapResult r = PairedBootstrap.interval(cases, 20_000, 7, 0.95);
        double mean = Arrays.stream(skewed).average().orElseThrow();
        assertThat(r.ciHigh() - mean).isGreaterThan(1.5 * (mean - r.ciLow()));
        PairedResult t = PairedTTest.test(cases, 0.95);
        assertThat(r.ciHigh()).isGreaterThan(t.ciHigh());
    }
}
