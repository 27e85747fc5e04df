package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Studentized (bootstrap-t) interval for the mean per-case difference.
 *
 * @param difference mean per-case difference of the data
 * @param se         standard deviation of the resampled means (bootstrap standard error)
 * @param ciLow      lower bound
 * @param ciHigh     upper bound
 * @param resamples  number of resamples drawn
 * @param seed       seed of the generator; the same seed and data give the same interval
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BootstrapResult(double difference, double se, double ciLow, double ciHigh, int resamples,
                              long seed) {
}
