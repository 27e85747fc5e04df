package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/online_reference.py, which implements the normal-mixture mSPRT of
 * Johari et al. ("Peeking at A/B tests", KDD 2017) independently and checks the confidence-sequence bound
 * by root finding ({@code scipy.optimize.brentq}) on the log likelihood ratio.
 */
class SequentialTestTest {

    private static void check(SequentialLook look, double logRatio, double p, double lo, double hi) {
        agrees(look.logLikelihoodRatio(), logRatio);
        agrees(look.pValue(), p);
        agrees(look.ciLow(), lo);
        agrees(look.ciHigh(), hi);
    }

    @Test
    void meansMatchTheReferenceImplementation() {
        check(SequentialTest.means(SampleMoments.of(new double[] {10.2, 11.5, 9.8, 10.9, 10.1, 10.4}),
                        SampleMoments.of(new double[] {12.0, 8.1, 15.3, 9.9, 13.7, 7.2, 14.8, 11.1}), 1.0, 0.05),
                -0.10190318830937445, 1.0, -3.1236877283417366, 5.18202106167507);
        check(SequentialTest.means(SampleMoments.of(new double[] {0, 0, 1, 1, 1, 2}),
                        SampleMoments.of(new double[] {0, 1, 1, 2, 2, 2, 3}), 0.5, 0.05),
                0.24756688245882297, 0.780698004062643, -0.9881019746013154, 2.4642924507917914);
    }

    @Test
    void proportionsMatchTheReferenceImplementation() {
        check(SequentialTest.proportions(120, 1000, 150, 1000, 0.02, 0.05), 0.7201333246269115,
                0.4866873642229769, -0.020784983164478486, 0.08078498316447849);
        check(SequentialTest.proportions(480, 5000, 600, 5000, 0.01, 0.05), 4.76493550691769,
                0.008523437927458865, 0.004315777809220937, 0.043684222190779054);
    }

    @Test
    void stateKeepsTheSmallestPValueAndTheIntersection() {
        SequentialLook first = new SequentialLook(0.1, 0.05, 1.0, 0.3, -0.2, 0.4);
        SequentialLook second = new SequentialLook(0.05, 0.04, 0.5, 0.6, -0.1, 0.5);
        SequentialState state = SequentialState.start().after(first).after(second);
        assertThat(state).isEqualTo(new SequentialState(2, 0.3, -0.1, 0.4));
        assertThat(state.rejects(0.05)).isFalse();
        assertThat(state.rejects(0.3)).isTrue();
    }

    /** Twenty daily looks at A/A data: the always-valid test must stay at or below α. */
    @Test
    void falsePositiveRateWithTwentyLooksStaysBelowAlpha() {
        SimulatedExperiments sim = new SimulatedExperiments(new SplittableRandom(20261121L), 0.0, 50, 0.2);
        assertThat(sim.sequentialRejectionRate(2000, 0.05)).isLessThanOrEqualTo(0.05);
    }

    /** Same looks, naive fixed-horizon tests: shows the simulation is one where peeking does inflate errors. */
    @Test
    void naivePeekingInflatesTheSameSimulation() {
        SimulatedExperiments sim = new SimulatedExperiments(new SplittableRandom(20261121L), 0.0, 50, 0.2);
        assertThat(sim.naiveRejectionRate(2000, 0.05)).isGreaterThan(0.10);
    }

    @Test
    void detectsARealEffect() {
        SimulatedExperiments sim = new SimulatedExperiments(new SplittableRandom(7L), 0.3, 50, 0.2);
        assertThat(sim.sequentialRejectionRate(300, 0.05)).isGreaterThan(0.8);
    }

    @Test
    void noVariationYetIsNoEvidence() {
        SequentialLook look = SequentialTest.proportions(0, 10, 0, 12, 0.01, 0.05);
        assertThat(look.pValue()).isEqualTo(1.0);
        assertThat(look.ciLow()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> SequentialTest.proportions(1, 10, 1, 10, 0, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tau is 0.0");
        assertThatThrownBy(() -> SequentialTest.means(new SampleMoments(1, 0, 0), new SampleMoments(3, 0, 1), 1,
                0.05)).hasMessageContaining("at least 2 per group");
    }

    /**
     * The plug-in variance at tiny first looks: with 2 units per arm per look and τ = 1 the false-positive rate
     * over 20 looks is about 0.12; holding the first look until {@link SequentialTest#MINIMUM_PER_ARM} units per
     * arm (looks at 30, 60, ..., 600) keeps it at or below α from the first look on.
     */
    @Test
    void looksStartAtTheMinimumPerArm() {
        assertThat(SequentialTest.MINIMUM_PER_ARM).isEqualTo(30);
        int runs = MonteCarlo.runs();
        SimulatedExperiments tiny = new SimulatedExperiments(new SplittableRandom(12L), 0.0, 2, 1.0);
        double fromTwo = tiny.sequentialRejectionRate(runs, 0.05);
        MonteCarlo.report("sequential A/A, 20 looks from 2 per arm, tau 1", (int) Math.round(fromTwo * runs), runs);
        assertThat(fromTwo).isGreaterThan(0.08);
        SimulatedExperiments held = new SimulatedExperiments(new SplittableRandom(12L), 0.0,
                SequentialTest.MINIMUM_PER_ARM, 1.0);
        double fromMinimum = held.sequentialRejectionRate(runs, 0.05);
        MonteCarlo.report("sequential A/A, 20 looks from 30 per arm, tau 1", (int) Math.round(fromMinimum * runs), runs);
        assertThat(fromMinimum).isLessThanOrEqualTo(0.05);
        assertThat(SequentialTest.ready(29, 500)).isFalse();
        assertThat(SequentialTest.ready(30, 30)).isTrue();
    }

    /** A/B experiments with N(0, 1) control, N(effect, 1) treatment, perLook users per arm per day, 20 days. */
    private record SimulatedExperiments(SplittableRandom random, double effect, int perLook, double tau) {

        private static final int LOOKS = 20;

        double sequentialRejectionRate(int experiments, double alpha) {
            int rejected = 0;
            for (int e = 0; e < experiments; e++) {
                SequentialState state = SequentialState.start();
                for (Looks looks = new Looks(perLook); looks.next(random, effect); ) {
                    state = state.after(SequentialTest.means(looks.control(), looks.treatment(), tau, alpha));
                }
                rejected += state.rejects(alpha) ? 1 : 0;
            }
            return (double) rejected / experiments;
        }

        double naiveRejectionRate(int experiments, double alpha) {
            int rejected = 0;
            for (int e = 0; e < experiments; e++) {
                boolean any = false;
                for (Looks looks = new Looks(perLook); looks.next(random, effect); ) {
                    any |= WelchTest.test(looks.control(), looks.treatment(), 0.95).pValue() < alpha;
                }
                rejected += any ? 1 : 0;
            }
            return (double) rejected / experiments;
        }
    }

    /** Running sums of both arms, one look (day) at a time. */
    private static final class Looks {
        private final int perLook;
        private int look;
        private long n;
        private double sumA;
        private double squaresA;
        private double sumB;
        private double squaresB;

        Looks(int perLook) {
            this.perLook = perLook;
        }

        boolean next(SplittableRandom random, double effect) {
            if (look++ == SimulatedExperiments.LOOKS) {
                return false;
            }
            for (int i = 0; i < perLook; i++) {
                double a = random.nextGaussian();
                double b = random.nextGaussian() + effect;
                sumA += a;
                squaresA += a * a;
                sumB += b;
                squaresB += b * b;
            }
            n += perLook;
            return true;
        }

        SampleMoments control() {
            return SampleMoments.ofSums(n, sumA, squaresA);
        }

        SampleMoments treatment() {
            return SampleMoments.ofSums(n, sumB, squaresB);
        }
    }
}
