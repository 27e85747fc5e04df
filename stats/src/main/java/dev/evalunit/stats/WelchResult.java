package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Result of Welch's unequal-variance t-test; {@code difference = meanB − meanA}.
 *
 * @param meanA      mean of group A (control)
 * @param meanB      mean of group B (treatment)
 * @param difference {@code meanB − meanA}
 * @param se         standard error of the difference, {@code sqrt(varA/nA + varB/nB)}
 * @param df         Welch–Satterthwaite degrees of freedom
 * @param t          t statistic {@code difference / se}
 * @param pValue     two-sided p-value from the exact t distribution with {@code df} degrees of freedom
 * @param ciLow      lower bound of the confidence interval for the difference
 * @param ciHigh     upper bound of the confidence interval for the difference
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WelchResult(double meanA, double meanB, double difference, double se, double df, double t,
                          double pValue, double ciLow, double ciHigh) {
}
