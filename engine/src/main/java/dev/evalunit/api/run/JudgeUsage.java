package dev.evalunit.api.run;

import java.util.OptionalDouble;

/**
 * What judging one score took: the judge calls made for it (re-asks of an unusable reply included) and the
 * tokens and cost they reported. A cached answer counts what the original call reported, so a re-run from
 * the cache shows the same figures.
 *
 * @param calls        judge calls behind the score
 * @param inputTokens  prompt tokens over those calls, as reported
 * @param outputTokens completion tokens over those calls, as reported
 * @param costUsd      their cost in US dollars; empty when some call's price is unknown (never 0)
 */
public record JudgeUsage(int calls, long inputTokens, long outputTokens, OptionalDouble costUsd) {

    /** No judge call. */
    public static final JudgeUsage NONE = new JudgeUsage(0, 0, 0, OptionalDouble.of(0));

    public JudgeUsage {
        if (calls < 0 || inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("judge usage cannot be negative");
        }
        costUsd = costUsd == null ? OptionalDouble.empty() : costUsd;
    }

    /** The usage of one judge call. */
    public static JudgeUsage of(ModelResponse response) {
        return new JudgeUsage(1, response.usage().map(TokenUsage::input).orElse(0),
                response.usage().map(TokenUsage::output).orElse(0), response.costUsd());
    }

    /** This usage and another's together; the cost is unknown when either's is. */
    public JudgeUsage plus(JudgeUsage other) {
        OptionalDouble cost = costUsd.isPresent() && other.costUsd.isPresent()
                ? OptionalDouble.of(costUsd.getAsDouble() + other.costUsd.getAsDouble()) : OptionalDouble.empty();
        return new JudgeUsage(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cost);
    }
}
