package dev.evalunit.stats;

/**
 * How a variant's scores vary: between cases (some cases are harder than others) and within a case
 * (the model answers the same case differently on each repeat).
 *
 * @param cases               cases with at least one repeat
 * @param droppedCases        cases left out because they had no valid repeat
 * @param observations        scores used, summed over cases
 * @param mean                variant mean: the mean of the per-case means
 * @param betweenCaseVariance ω², the variance of the cases' true means (ANOVA estimator, floored at 0)
 * @param withinCaseVariance  σ², the variance of repeats around their case mean
 * @param icc                 intraclass correlation ω² / (ω² + σ²); 0 when both are 0
 * @param standardError       SE of {@code mean} under the two-level model, sqrt((ω² + σ²·mean(1/k))/n)
 * @param naiveStandardError  SE if every score were an independent observation, sd(all)/sqrt(N); too small
 *                            whenever ω² &gt; 0, shown to make that point
 * @param narrowestBy         which of more cases or more repeats shrinks the standard error most
 */
public record VarianceComponents(int cases, int droppedCases, int observations, double mean,
                                 double betweenCaseVariance, double withinCaseVariance, double icc,
                                 double standardError, double naiveStandardError, Lever narrowestBy) {

    /** What to add to narrow the interval. */
    public enum Lever {
        /**
         * More cases: the between-case term ω²/n dominates the squared standard error, which no number of
         * repeats can reduce.
         */
        MORE_CASES,
        /** More repeats: the within-case term σ²/(nK) dominates, so repeating the same cases pays off. */
        MORE_REPEATS
    }

    /**
     * The standard error the variant mean would have with {@code cases} cases of {@code repeats} repeats
     * each, {@code sqrt((ω² + σ²/K)/n)}.
     */
    public double projectedStandardError(int cases, int repeats) {
        if (cases < 1 || repeats < 1) {
            throw new IllegalArgumentException("cases (" + cases + ") and repeats (" + repeats
                    + ") must both be at least 1");
        }
        return Math.sqrt((betweenCaseVariance + withinCaseVariance / repeats) / cases);
    }
}
