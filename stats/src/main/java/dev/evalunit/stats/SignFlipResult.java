package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The exact sign-flip test of paired differences and the interval that inverts it.
 *
 * @param cases      paired cases
 * @param difference mean per-case difference
 * @param pValue     exact two-sided p-value
 * @param ciLow      lower bound: the smallest shift the test does not reject; −∞ when there are too few
 *                   cases for the test to reject any shift ({@link SignFlipTest#minimumCases(double)})
 * @param ciHigh     upper bound, +∞ in the same case
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SignFlipResult(int cases, double difference, double pValue, double ciLow, double ciHigh) {

    /** Whether the interval is finite: there are enough cases for the test to reject some shift. */
    public boolean bounded() {
        return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
    }
}
