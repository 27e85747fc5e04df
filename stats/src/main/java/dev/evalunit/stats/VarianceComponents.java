package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
 * @param narrowestBy         which of more cases or more repeats shrinks the standard error most for the same
 *                            number of new samples
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VarianceComponents(int cases, int droppedCases, int observations, double mean,
                                 double betweenCaseVariance, double withinCaseVariance, double icc,
                                 double standardError, double naiveStandardError, Lever narrowestBy) {

    /**
     * What to add to narrow the interval, sample for sample. With n cases of K repeats the squared standard
     * error is (ω² + σ²/K)/n; S new samples spent on S/K new cases give (ω²K + σ²)/(nK + S), spent on S/n
     * more repeats of the same cases ω²/n + σ²/(nK + S), never less. So per sample more cases always win
     * while ω² &gt; 0, whatever σ² is (ω² 0.01, σ² 0.09, 3 repeats, 100 cases, 300 new samples: 2.0e-4 as
     * cases, 2.5e-4 as repeats). Repeats pay off only when a new case costs more than its samples (judge
     * labels, reference answers): {@link #repeatsForCaseCost(double)}.
     */
    public enum Lever {
        /** More cases: while cases differ (ω² &gt; 0), a new case narrows the interval more than a repeat. */
        MORE_CASES,
        /** More repeats: the cases do not differ (ω² = 0), so repeats narrow it as much as new cases do. */
        MORE_REPEATS
    }

    /**
     * The repeats per case that narrow the interval most for a fixed budget when a new case costs
     * {@code caseCost} (in units of one repeat) on top of its repeats: K* = sqrt(caseCost · σ² / ω²), rounded,
     * at least 1 (the classic optimum of two-stage sampling, Cochran, <i>Sampling Techniques</i>, §10.6).
     * A free case (caseCost 0) means one repeat and as many cases as possible.
     *
     * @param caseCost extra cost of a new case (labelling, a reference answer) over one repeat, ≥ 0
     * @return the best number of repeats; {@link Integer#MAX_VALUE} when the cases do not differ (ω² = 0) and a
     *         new case costs extra, since then only repeats are worth buying
     */
    public int repeatsForCaseCost(double caseCost) {
        Require.nonNegative("caseCost", caseCost);
        if (betweenCaseVariance == 0) {
            return caseCost > 0 && withinCaseVariance > 0 ? Integer.MAX_VALUE : 1;
        }
        return (int) Math.max(1, Math.round(Math.sqrt(caseCost * withinCaseVariance / betweenCaseVariance)));
    }

    /**
     * The extra cost of a new case, in repeats, above which running more than the current {@code repeats}
     * per case pays off: K² ω² / σ² (∞ when σ² is 0: repeats then add nothing).
     */
    public double caseCostBreakEven(int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats is " + repeats + "; it must be at least 1");
        }
        return withinCaseVariance == 0 ? Double.POSITIVE_INFINITY
                : (double) repeats * repeats * betweenCaseVariance / withinCaseVariance;
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
