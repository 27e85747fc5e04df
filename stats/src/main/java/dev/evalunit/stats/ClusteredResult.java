package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A mean with a cluster-robust standard error.
 *
 * @param mean     mean of the values
 * @param se       cluster-robust (CR1) standard error
 * @param clusters number of clusters
 * @param df       {@code clusters − 1}, the degrees of freedom for the t reference
 * @param t        {@code mean / se}
 * @param pValue   two-sided p-value of {@code t} against 0
 * @param ciLow    lower bound of the t interval
 * @param ciHigh   upper bound of the t interval
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ClusteredResult(double mean, double se, int clusters, double df, double t, double pValue,
                              double ciLow, double ciHigh) {
}
