package dev.evalunit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BetaSamplerTest {

    /**
     * Kolmogorov–Smirnov test of 20,000 seeded draws against the exact Beta cdf, for shapes below, at and
     * above 1 (the three code paths of the gamma generator).
     */
    @ParameterizedTest
    @CsvSource({"0.3, 0.7", "1, 1", "2, 5", "31, 971", "0.5, 40"})
    void drawsFollowTheBetaDistribution(double alpha, double beta) {
        SplittableRandom random = new SplittableRandom(42);
        double[] draws = new double[20_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = BetaSampler.sample(random, alpha, beta);
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(null, alpha, beta),
                draws);
        assertThat(p).isGreaterThan(0.001);
        assertThat(Arrays.stream(draws)).allSatisfy(d -> assertThat(d).isBetween(0.0, 1.0));
    }

    @Test
    void sameSeedSameDraws() {
        SplittableRandom first = new SplittableRandom(9);
        SplittableRandom second = new SplittableRandom(9);
        for (int i = 0; i < 100; i++) {
            assertThat(BetaSampler.sample(first, 3, 4)).isEqualTo(BetaSampler.sample(second, 3, 4));
        }
    }

    @Test
    void thompsonSamplingFavoursTheBetterArm() {
        long[] successes = {40, 60, 10};
        long[] failures = {960, 940, 990};
        double[] best = ThompsonSampling.probabilityBest(new SplittableRandom(1), successes, failures, 20_000);
        assertThat(best[0] + best[1] + best[2]).isCloseTo(1.0, within(1e-9));
        assertThat(best[1]).isGreaterThan(0.95);
        // With no data at all, every arm is equally likely to be chosen.
        double[] uniform = ThompsonSampling.probabilityBest(new SplittableRandom(2), new long[3], new long[3],
                30_000);
        assertThat(Arrays.stream(uniform)).allSatisfy(p -> assertThat(p).isBetween(0.31, 0.356));
        assertThat(ThompsonSampling.choose(new SplittableRandom(3), successes, failures)).isBetween(0, 2);
    }

    @Test
    void rejectsBadShapesAndArms() {
        SplittableRandom random = new SplittableRandom(1);
        assertThatThrownBy(() -> BetaSampler.sample(random, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha is 0.0");
        assertThatThrownBy(() -> BetaSampler.sample(random, 1, Double.NaN)).hasMessageContaining("beta is NaN");
        assertThatThrownBy(() -> ThompsonSampling.choose(random, new long[] {1, 2}, new long[] {1}))
                .hasMessageContaining("one entry per arm");
        assertThatThrownBy(() -> ThompsonSampling.choose(random, new long[] {1, -2}, new long[] {1, 1}))
                .hasMessageContaining("successes[1] is -2");
    }
}
