package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A closed interval {@code [low, high]}, e.g. a confidence interval.
 *
 * @param low  lower bound
 * @param high upper bound, not below {@code low}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Interval(double low, double high) {

    /** Validates the bounds. */
    public Interval {
        Require.finite("low", low);
        Require.finite("high", high);
        if (low > high) {
            throw new IllegalArgumentException("low (" + low + ") is above high (" + high + ")");
        }
    }

    /** True if {@code value} lies inside the interval, bounds included. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    /** {@code high − low}. */
    public double width() {
        return high - low;
    }
}
