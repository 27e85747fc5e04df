package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Exact McNemar test of a paired binary metric.
 *
 * @param treatmentOnly discordant cases won by the treatment
 * @param controlOnly   discordant cases won by the control
 * @param pValue        two-sided exact binomial p-value; 1 when there is no discordant case
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record McNemarResult(long treatmentOnly, long controlOnly, double pValue) {
}
