package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Paired t analysis of per-case differences {@code treatment − control}.
 *
 * @param cases         paired cases used
 * @param droppedCases  cases dropped because a variant had no valid repeat for them
 * @param meanControl   mean of the control per-case means
 * @param meanTreatment mean of the treatment per-case means
 * @param difference    mean per-case difference
 * @param sd            standard deviation of the per-case differences
 * @param se            {@code sd / sqrt(cases)}
 * @param df            {@code cases − 1}
 * @param t             {@code difference / se}
 * @param pValue        two-sided p-value from the t distribution
 * @param ciLow         lower bound of the t interval for the difference
 * @param ciHigh        upper bound of the t interval for the difference
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PairedResult(int cases, int droppedCases, double meanControl, double meanTreatment,
                           double difference, double sd, double se, double df, double t, double pValue,
                           double ciLow, double ciHigh) {
}
