package dev.evalunit.judges.llm;

import java.util.Optional;

/**
 * The pairwise judge's verdict on one case: the two variants' outputs judged in both orders.
 */
sealed interface PairwiseVerdict {

    /** Which variant's output is better. */
    enum Preference { A, B, TIE }

    /** A position the judge may favour regardless of content. */
    enum Position { FIRST, SECOND }

    /**
     * Both orders gave a usable reply.
     *
     * @param preference     the agreed preference; {@link Preference#TIE} when the orders disagree
     * @param positionBias   the two orders disagreed
     * @param favoured       the position both orders picked when they disagreed that way (the judge followed
     *                       the slot, not the content); empty otherwise
     * @param reasoningAFirst the judge's reasoning with A shown first
     * @param reasoningBFirst the judge's reasoning with B shown first
     */
    record Decided(Preference preference, boolean positionBias, Optional<Position> favoured,
                   String reasoningAFirst, String reasoningBFirst) implements PairwiseVerdict {
    }

    /**
     * An order's reply was unusable after its re-asks, or its call failed.
     *
     * @param error what went wrong
     * @param raw   the unusable raw reply, when there was one
     */
    record Failed(String error, Optional<String> raw) implements PairwiseVerdict {
    }
}
