package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A comparison on CUPED-adjusted values.
 *
 * @param theta             the pooled regression coefficient of the metric on the covariate
 * @param varianceReduction share by which the variance of the difference shrank, 1 − adjusted / raw
 * @param adjusted          Welch's test of the adjusted values, treatment − control
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CupedResult(double theta, double varianceReduction, WelchResult adjusted) {
}
