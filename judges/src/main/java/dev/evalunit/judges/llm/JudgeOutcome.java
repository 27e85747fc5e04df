package dev.evalunit.judges.llm;

import dev.evalunit.api.run.JudgeUsage;

/**
 * How one judge exchange (a call and its re-asks) ended.
 *
 * @param <T> what a usable reply became
 */
sealed interface JudgeOutcome<T> {

    /** Judge calls made, re-asks included. */
    int attempts();

    /** The tokens and cost of the calls that answered. */
    JudgeUsage usage();

    /** The judge replied usably. */
    record Usable<T>(T value, String raw, int attempts, JudgeUsage usage) implements JudgeOutcome<T> {
    }

    /** Every reply, the last of which is kept, was unusable. */
    record Unusable<T>(String problem, String raw, int attempts, JudgeUsage usage) implements JudgeOutcome<T> {
    }

    /** A judge call failed after the scheduler's retries. */
    record CallFailed<T>(String message, int attempts, JudgeUsage usage) implements JudgeOutcome<T> {
    }
}
