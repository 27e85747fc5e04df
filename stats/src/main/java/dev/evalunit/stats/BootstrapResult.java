package dev.evalunit.stats;

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
public record BootstrapResult(double difference, double se, double ciLow, double ciHigh, int resamples,
                              long seed) {
}
