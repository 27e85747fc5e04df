package dev.evalunit.stats;

/**
 * A comparison on CUPED-adjusted values.
 *
 * @param theta             the pooled regression coefficient of the metric on the covariate
 * @param varianceReduction share by which the variance of the difference shrank, 1 − adjusted / raw
 * @param adjusted          Welch's test of the adjusted values, treatment − control
 */
public record CupedResult(double theta, double varianceReduction, WelchResult adjusted) {
}
