package dev.evalunit.bucketing.analysis;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The relative change of a metric, treatment / control − 1, with its delta-method interval.
 *
 * @param estimate the lift, e.g. 0.05 for 5% above the control
 * @param ciLow    lower end of the 95% interval
 * @param ciHigh   upper end
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Lift(double estimate, double ciLow, double ciHigh) {
}
