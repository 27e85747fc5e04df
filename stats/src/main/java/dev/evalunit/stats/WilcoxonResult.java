package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Wilcoxon signed-rank test of per-case differences: exact, or the normal approximation with continuity
 * correction.
 *
 * @param nonZero   differences used (zeros are dropped)
 * @param zeros     differences that were exactly 0 and dropped
 * @param statistic V, the sum of the ranks of the positive differences (R's {@code V})
 * @param z         continuity-corrected, tie-corrected z statistic
 * @param pValue    two-sided p-value; 1 when every difference is 0
 * @param exact     whether {@code pValue} comes from the exact null distribution rather than from {@code z}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WilcoxonResult(int nonZero, int zeros, double statistic, double z, double pValue, boolean exact) {
}
