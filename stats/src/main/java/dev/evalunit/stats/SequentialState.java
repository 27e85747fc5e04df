package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The always-valid summary of an experiment monitored with {@link SequentialTest}: the smallest p-value
 * and the intersection of the confidence sequences over every look so far. Because the mSPRT controls the
 * false-positive rate uniformly over time, stopping as soon as {@link #rejects(double)} is true keeps the
 * error at α however often the results are looked at. Immutable; {@link #after(SequentialLook)} returns
 * the next state.
 *
 * @param looks  number of looks folded in
 * @param pValue always-valid p-value (running minimum), 1 before the first look
 * @param ciLow  lower bound of the running intersection, −∞ before the first look
 * @param ciHigh upper bound of the running intersection, +∞ before the first look
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SequentialState(int looks, double pValue, double ciLow, double ciHigh) {

    /** The state before any look. */
    public static SequentialState start() {
        return new SequentialState(0, 1.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Folds in one more look. */
    public SequentialState after(SequentialLook look) {
        return new SequentialState(looks + 1, Math.min(pValue, look.pValue()), Math.max(ciLow, look.ciLow()),
                Math.min(ciHigh, look.ciHigh()));
    }

    /** True once the always-valid p-value is at or below {@code alpha}: the difference is real. */
    public boolean rejects(double alpha) {
        return pValue <= Require.alpha(alpha);
    }
}
