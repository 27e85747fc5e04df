package dev.evalunit.judges.llm;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The pairwise verdicts of a suite, counted.
 *
 * @param aWins          cases where both orders preferred A
 * @param bWins          cases where both orders preferred B
 * @param ties           ties, including disagreements between orders
 * @param positionBiased disagreements between orders (counted in {@code ties})
 * @param firstFavoured  disagreements where both orders picked whatever was shown first
 * @param secondFavoured disagreements where both orders picked whatever was shown second
 * @param failed         verdicts that failed (left out of the rates)
 */
record PairwiseTally(int aWins, int bWins, int ties, int positionBiased, int firstFavoured,
                            int secondFavoured, int failed) {

    public static PairwiseTally of(Collection<PairwiseVerdict> verdicts) {
        int a = 0;
        int b = 0;
        int ties = 0;
        int biased = 0;
        int first = 0;
        int second = 0;
        int failed = 0;
        for (PairwiseVerdict verdict : verdicts) {
            if (verdict instanceof PairwiseVerdict.Decided decided) {
                switch (decided.preference()) {
                    case A -> a++;
                    case B -> b++;
                    case TIE -> ties++;
                }
                biased += decided.positionBias() ? 1 : 0;
                first += decided.favoured().filter(p -> p == PairwiseVerdict.Position.FIRST).isPresent() ? 1 : 0;
                second += decided.favoured().filter(p -> p == PairwiseVerdict.Position.SECOND).isPresent() ? 1 : 0;
            } else {
                failed++;
            }
        }
        return new PairwiseTally(a, b, ties, biased, first, second, failed);
    }

    /** Decided verdicts. */
    public int decided() {
        return aWins + bWins + ties;
    }

    /** B's win rate with ties counted as half a win: (bWins + ties/2) / decided; empty with none decided. */
    public OptionalDouble bWinRate() {
        return decided() == 0 ? OptionalDouble.empty() : OptionalDouble.of((bWins + ties / 2.0) / decided());
    }

    /** The share of decided verdicts where the two orders disagreed; empty with none decided. */
    public OptionalDouble positionBiasRate() {
        return decided() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) positionBiased / decided());
    }
}
