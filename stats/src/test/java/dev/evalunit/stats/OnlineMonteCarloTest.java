package dev.evalunit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded A/A simulations of online experiments randomised by user: 500 users per arm, each with 1–9 requests
 * and a user effect shared by all of them. Analysing requests as independent inflates false positives; the
 * per-user delta method keeps them at α. {@value MonteCarlo#PROPERTY} sets the number of experiments (2,000
 * by default; the README's figures use 10,000).
 */
class OnlineMonteCarloTest {

    private static final int USERS = 500;

    /** A rating: user effect N(0, 1), request noise N(0, 1). */
    @Test
    void perUserAnalysisOfAContinuousMetricHoldsAlpha() {
        SplittableRandom random = new SplittableRandom(11_2026L);
        int runs = MonteCarlo.runs();
        int perUser = 0;
        int perRequest = 0;
        for (int r = 0; r < runs; r++) {
            Arm a = Arm.simulate(random, false);
            Arm b = Arm.simulate(random, false);
            perUser += DeltaMethod.compare(a.totals(), b.totals(), 0.95).pValue() < 0.05 ? 1 : 0;
            perRequest += WelchTest.test(a.requests, b.requests, 0.95).pValue() < 0.05 ? 1 : 0;
        }
        MonteCarlo.report("online A/A continuous, per user", perUser, runs);
        MonteCarlo.report("online A/A continuous, per request (Welch)", perRequest, runs);
        assertThat((double) perUser / runs).isBetween(0.04, 0.06);
        assertThat((double) perRequest / runs).isGreaterThan(0.15);
    }

    /** A 0/1 outcome (an error) whose propensity is the user's, Beta-like between 0 and 0.4. */
    @Test
    void perUserAnalysisOfARateHoldsAlpha() {
        SplittableRandom random = new SplittableRandom(12_2026L);
        int runs = MonteCarlo.runs();
        int perUser = 0;
        int perRequest = 0;
        for (int r = 0; r < runs; r++) {
            Arm a = Arm.simulate(random, true);
            Arm b = Arm.simulate(random, true);
            perUser += DeltaMethod.compare(a.totals(), b.totals(), 0.95).pValue() < 0.05 ? 1 : 0;
            perRequest += TwoProportionTest.test(a.successes(), a.requests.length, b.successes(), b.requests.length,
                    0.95).pValue() < 0.05 ? 1 : 0;
        }
        MonteCarlo.report("online A/A rate, per user", perUser, runs);
        MonteCarlo.report("online A/A rate, per request (two-proportion)", perRequest, runs);
        assertThat((double) perUser / runs).isBetween(0.04, 0.06);
        assertThat((double) perRequest / runs).isGreaterThan(0.08);
    }

    /** One arm: per-user sums and counts, and the flat list of requests. */
    private record Arm(double[] sums, double[] counts, double[] requests) {

        static Arm simulate(SplittableRandom random, boolean binary) {
            double[] sums = new double[USERS];
            double[] counts = new double[USERS];
            double[] requests = new double[USERS * 9];
            int n = 0;
            for (int u = 0; u < USERS; u++) {
                int k = 1 + random.nextInt(9);
                double effect = binary ? 0.4 * random.nextDouble() * random.nextDouble() : random.nextGaussian();
                for (int i = 0; i < k; i++) {
                    double y = binary ? (random.nextDouble() < effect ? 1 : 0) : effect + random.nextGaussian();
                    sums[u] += y;
                    requests[n++] = y;
                }
                counts[u] = k;
            }
            return new Arm(sums, counts, java.util.Arrays.copyOf(requests, n));
        }

        UnitTotals totals() {
            return UnitTotals.of(sums, counts);
        }

        long successes() {
            return Math.round(java.util.Arrays.stream(requests).sum());
        }
    }
}
