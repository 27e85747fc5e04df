package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Result of the sample-ratio-mismatch check.
 *
 * @param chiSquare Pearson's chi-square statistic of observed against expected counts
 * @param df        degrees of freedom, number of arms − 1
 * @param pValue    upper-tail p-value of {@code chiSquare}
 * @param threshold the p-value below which the split is declared broken
 * @param mismatch  {@code pValue < threshold}: the assignment is not delivering the configured split,
 *                  so the experiment's results cannot be trusted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SrmResult(double chiSquare, int df, double pValue, double threshold, boolean mismatch) {
}
