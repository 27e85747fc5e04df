package dev.evalunit.api.run;

/**
 * The judges' share of a variant (or a run): how many judge scores there were, how many of them are errors
 * (a reply that stayed unusable, a refusal, a failed call) and what the judge calls took. Judge errors are
 * left out of the judge's metric, so a variant whose outputs the judge could not score is measured on fewer,
 * different samples; the comparison flags that.
 *
 * @param scores    judge scores (one per sample and judge repeat)
 * @param errors    judge scores in error
 * @param errorRate {@code errors / scores}; 0 when there were none
 * @param usage     the judge calls behind those scores, their tokens and cost
 */
public record JudgeTotals(long scores, long errors, double errorRate, JudgeUsage usage) {

    /** No judge ran. */
    public static final JudgeTotals NONE = new JudgeTotals(0, 0, 0, JudgeUsage.NONE);

    public JudgeTotals {
        usage = usage == null ? JudgeUsage.NONE : usage;
    }

    /** Totals over scores, of which {@code errors} are errors, and their usage. */
    public static JudgeTotals of(long scores, long errors, JudgeUsage usage) {
        return new JudgeTotals(scores, errors, scores == 0 ? 0 : (double) errors / scores, usage);
    }

    /** These totals and another's together (e.g. over a run's variants). */
    public JudgeTotals plus(JudgeTotals other) {
        return of(scores + other.scores, errors + other.errors, usage.plus(other.usage));
    }

    /** Whether any judge scored. */
    public boolean any() {
        return scores > 0;
    }
}
