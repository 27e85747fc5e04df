package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A Friedman test of related variants.
 *
 * @param statistic the tie-corrected χ² statistic
 * @param df        its degrees of freedom, variants − 1
 * @param pValue    its upper-tail p-value
 * @param cases     the cases (blocks) tested
 * @param meanRanks each variant's mean rank over the cases, 1 the best, in the input's variant order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FriedmanResult(double statistic, int df, double pValue, int cases, double[] meanRanks) {

    public FriedmanResult {
        meanRanks = meanRanks.clone();
    }

    @Override
    public double[] meanRanks() {
        return meanRanks.clone();
    }
}
