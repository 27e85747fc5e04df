package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/confidence_sequence_reference.py (PrPl-EB written with numpy cumulative
 * sums), and seeded Monte Carlo runs of an early-stopped paired comparison: {@value MonteCarlo#PROPERTY} runs per
 * figure (2,000 by default; the README's figures use 10,000).
 */
class ConfidenceSequenceTest {

    private static ConfidenceSequence feed(double[] values, double min, double max, double alpha, int upTo) {
        ConfidenceSequence sequence = ConfidenceSequence.start(alpha, min, max);
        for (int i = 0; i < upTo; i++) {
            sequence = sequence.plus(values[i]);
        }
        return sequence;
    }

    @Test
    void pairedDifferencesMatchTheReferenceImplementation() {
        double[] d = {1, 0, 0, 1, -1, 0, 1, 1, 0, 0, 1, 0, 1, 0.5, 0, 1, 0, 0, 1, 1};
        Interval five = feed(d, -1, 1, 0.05, 5).interval();
        agrees(five.low(), -1.0);
        agrees(five.high(), 1.0);
        Interval all = feed(d, -1, 1, 0.05, d.length).interval();
        agrees(all.low(), -0.39210706532320405);
        agrees(all.high(), 1.0);
    }

    @Test
    void scoresMatchTheReferenceImplementation() {
        double[] s = {0.9, 0.8, 0.95, 0.7, 0.85, 0.9, 0.6, 0.99, 0.75, 0.8};
        ConfidenceSequence sequence = feed(s, 0, 1, 0.1, s.length);
        agrees(sequence.interval().low(), 0.21197978626442515);
        agrees(sequence.interval().high(), 1.0);
        assertThat(sequence.count()).isEqualTo(10);
        agrees(sequence.mean(), 0.824);
    }

    @Test
    void narrowsAroundTheMeanAsObservationsArrive() {
        SplittableRandom random = new SplittableRandom(7);
        ConfidenceSequence sequence = ConfidenceSequence.start(0.05, 0, 1);
        double width = 1;
        for (int i = 0; i < 2000; i++) {
            sequence = sequence.plus(random.nextDouble() < 0.3 ? 1 : 0);
            assertThat(sequence.interval().width()).isLessThanOrEqualTo(width);
            width = sequence.interval().width();
        }
        assertThat(sequence.interval().contains(0.3)).isTrue();
        assertThat(width).isLessThan(0.1);
    }

    @Test
    void refusesObservationsOutsideItsBounds() {
        assertThatThrownBy(() -> ConfidenceSequence.start(0.05, -1, 1).plus(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the bounds [-1.0, 1.0]");
        assertThatThrownBy(() -> ConfidenceSequence.start(0.05, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must lie above min");
    }

    /**
     * A/A: both variants pass a case with probability 0.7 (independently), 500 cases in a random order, a look
     * after every case; a run that ever excludes 0 is a false positive.
     */
    @Test
    void lookingAfterEveryCaseKeepsTheFalsePositiveRateAtAlpha() {
        SplittableRandom random = new SplittableRandom(20_2026L);
        int runs = MonteCarlo.runs();
        int falsePositives = 0;
        for (int r = 0; r < runs; r++) {
            falsePositives += stoppingCase(random, 0.7, 0.7, 500) < 500 ? 1 : 0;
        }
        MonteCarlo.report("early stop A/A, 500 cases, look after every case: false-positive rate",
                falsePositives, runs);
        assertThat((double) falsePositives / runs).isLessThanOrEqualTo(0.05);
    }

    /** A true effect: pass rates 0.6 and 0.8 over 500 cases; the stop comes early and points the right way. */
    @Test
    void aTrueEffectStopsEarly() {
        SplittableRandom random = new SplittableRandom(21_2026L);
        int runs = MonteCarlo.runs();
        long cases = 0;
        int decided = 0;
        for (int r = 0; r < runs; r++) {
            int stop = stoppingCase(random, 0.6, 0.8, 500);
            cases += stop;
            decided += stop < 500 ? 1 : 0;
        }
        double saved = 1 - (double) cases / ((long) runs * 500);
        System.out.printf(java.util.Locale.ROOT,
                "[monte-carlo] early stop, pass rates 0.6 vs 0.8, 500 cases: calls saved %.4f, mean cases %.1f%n",
                saved, (double) cases / runs);
        MonteCarlo.report("early stop, pass rates 0.6 vs 0.8, 500 cases: stopped early", decided, runs);
        assertThat(saved).isGreaterThan(0.6);
        assertThat((double) decided / runs).isGreaterThan(0.99);
    }

    /** The case after which the sequence first excludes 0 (a positive effect must be found positive), or n. */
    private static int stoppingCase(SplittableRandom random, double control, double treatment, int n) {
        ConfidenceSequence sequence = ConfidenceSequence.start(0.05, -1, 1);
        for (int i = 1; i <= n; i++) {
            double a = random.nextDouble() < control ? 1 : 0;
            double b = random.nextDouble() < treatment ? 1 : 0;
            sequence = sequence.plus(b - a);
            Interval interval = sequence.interval();
            if (interval.low() > 0 || interval.high() < 0) {
                assertThat(treatment >= control || interval.high() < 0).isTrue();
                return i;
            }
        }
        return n;
    }
}
