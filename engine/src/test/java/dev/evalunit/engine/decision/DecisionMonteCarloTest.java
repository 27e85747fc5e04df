package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Decision;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded A/A simulations of the engine's decision on the primary metric: how often SHIP_TREATMENT or
 * KEEP_CONTROL is decided when the variants are the same, for continuous scores (3 repeats), 0/1 scores (one
 * repeat: Newcombe and exact McNemar) and clustered cases (two cases per cluster), on 3-, 10- and 200-case
 * suites; and how often the decision interval covers a true difference. {@code -Devalunit.montecarlo.runs}
 * sets the runs per figure (2,000 by default; 10,000 for the README's figures).
 */
class DecisionMonteCarloTest {

    private static final int RUNS = Integer.getInteger("evalunit.montecarlo.runs", 2000);
    private static final PrimaryDecision DECISION = new PrimaryDecision("base", "quality", 0.05, 0,
            Direction.HIGHER, Optional.empty());

    @Test
    void falsePositiveRateOfContinuousScores() {
        assertThat(falsePositives(Kind.CONTINUOUS, 3)).isZero();
        assertThat(falsePositives(Kind.CONTINUOUS, 10)).isBetween(0.04, 0.06);
        assertThat(falsePositives(Kind.CONTINUOUS, 200)).isBetween(0.04, 0.06);
    }

    /** The exact tests of a 0/1 metric are conservative (a discrete statistic cannot hit α exactly). */
    @Test
    void falsePositiveRateOfBinaryScores() {
        assertThat(falsePositives(Kind.BINARY, 3)).isZero();
        assertThat(falsePositives(Kind.BINARY, 10)).isLessThanOrEqualTo(0.06);
        assertThat(falsePositives(Kind.BINARY, 200)).isBetween(0.02, 0.06);
    }

    @Test
    void falsePositiveRateOfClusteredCases() {
        assertThat(falsePositives(Kind.CLUSTERED, 3)).isZero();
        assertThat(falsePositives(Kind.CLUSTERED, 10)).isLessThanOrEqualTo(0.06);
        assertThat(falsePositives(Kind.CLUSTERED, 200)).isBetween(0.04, 0.06);
    }

    /**
     * Coverage of a true difference of 0.1 by the decision's 95% interval. At 10 strongly skewed cases
     * (skewness 2) the exact sign-flip interval, which assumes symmetric differences, covers about 0.89, as the
     * t interval does: no interval for a mean is exact there; the figure is kept from getting worse.
     */
    @Test
    void decisionIntervalCoversTheTrueDifference() {
        assertThat(coverage(false, 10)).isBetween(0.94, 0.96);
        assertThat(coverage(false, 200)).isBetween(0.94, 0.96);
        assertThat(coverage(true, 10)).isBetween(0.87, 0.97);
        assertThat(coverage(true, 200)).isBetween(0.94, 0.96);
    }

    private enum Kind { CONTINUOUS, BINARY, CLUSTERED }

    private static double falsePositives(Kind kind, int cases) {
        SplittableRandom random = new SplittableRandom(31L * cases + kind.ordinal());
        int decided = 0;
        for (int r = 0; r < RUNS; r++) {
            double[][][] data = simulate(random, kind, cases);
            PrimaryDecision decision = kind == Kind.CLUSTERED ? clustered(cases) : DECISION;
            TreatmentVerdict outcome = decision.decide("twin", data[0], data[1]).outcome();
            decided += outcome == TreatmentVerdict.SHIP_TREATMENT || outcome == TreatmentVerdict.KEEP_CONTROL ? 1 : 0;
        }
        return report("A/A decided, " + kind.name().toLowerCase(Locale.ROOT) + ", " + cases + " cases", decided);
    }

    /**
     * Per-case differences are the true difference 0.1 plus noise: normal (sd 0.2) or skewed (a centred
     * exponential with sd 0.2, skewness 2).
     */
    private static double coverage(boolean skewed, int cases) {
        SplittableRandom random = new SplittableRandom(cases + (skewed ? 1000 : 0));
        int covered = 0;
        for (int r = 0; r < RUNS; r++) {
            double[][] control = new double[cases][];
            double[][] treatment = new double[cases][];
            for (int c = 0; c < cases; c++) {
                double noise = skewed ? 0.2 * (-Math.log(1 - random.nextDouble()) - 1) : 0.2 * random.nextGaussian();
                control[c] = new double[] {0.5};
                treatment[c] = new double[] {0.5 + 0.1 + noise};
            }
            Decision d = DECISION.decide("t", control, treatment);
            covered += d.ciLow() <= 0.1 && 0.1 <= d.ciHigh() ? 1 : 0;
        }
        return report("95% decision interval covers, " + (skewed ? "skewed" : "normal") + ", " + cases + " cases",
                covered);
    }

    private static double[][][] simulate(SplittableRandom random, Kind kind, int cases) {
        double[][] control = new double[cases][];
        double[][] treatment = new double[cases][];
        double clusterMean = 0;
        for (int c = 0; c < cases; c++) {
            if (c % 2 == 0) {
                clusterMean = 0.3 * random.nextGaussian();
            }
            double caseMean = 0.6 + 0.2 * random.nextGaussian() + (kind == Kind.CLUSTERED ? clusterMean : 0);
            if (kind == Kind.BINARY) {
                double p = 0.2 + 0.7 * random.nextDouble();
                control[c] = new double[] {random.nextDouble() < p ? 1 : 0};
                treatment[c] = new double[] {random.nextDouble() < p ? 1 : 0};
            } else {
                // A clustered suite's variants also share a per-cluster shift in the difference.
                double shared = kind == Kind.CLUSTERED ? 0.15 * clusterMean : 0;
                control[c] = repeats(random, caseMean);
                treatment[c] = repeats(random, caseMean + shared);
            }
        }
        return new double[][][] {control, treatment};
    }

    private static double[] repeats(SplittableRandom random, double mean) {
        return new double[] {mean + 0.3 * random.nextGaussian(), mean + 0.3 * random.nextGaussian(),
                mean + 0.3 * random.nextGaussian()};
    }

    private static PrimaryDecision clustered(int cases) {
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            keys.add("cluster-" + c / 2);
        }
        return new PrimaryDecision("base", "quality", 0.05, 0, Direction.HIGHER, Optional.of(keys));
    }

    private static double report(String what, int hits) {
        double p = (double) hits / RUNS;
        System.out.printf(Locale.ROOT, "[monte-carlo] %s: %.4f ± %.4f (%d runs)%n", what, p,
                Math.sqrt(p * (1 - p) / RUNS), RUNS);
        return p;
    }
}
