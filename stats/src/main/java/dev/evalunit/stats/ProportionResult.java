package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Result of the two-proportion z-test; {@code difference = rateB − rateA}.
 *
 * @param rateA      conversion rate of group A (control)
 * @param rateB      conversion rate of group B (treatment)
 * @param difference {@code rateB − rateA}
 * @param se         unpooled standard error of the difference, used for the interval
 * @param z          z statistic with the pooled standard error (the test under H0: equal rates)
 * @param pValue     two-sided p-value of {@code z}
 * @param ciLow      lower bound of the Wald interval for the difference
 * @param ciHigh     upper bound of the Wald interval for the difference
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProportionResult(double rateA, double rateB, double difference, double se, double z,
                               double pValue, double ciLow, double ciHigh) {
}
