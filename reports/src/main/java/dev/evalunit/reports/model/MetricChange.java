package dev.evalunit.reports.model;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How one variant's metric moved between two runs, paired over the cases both ran.
 *
 * @param variant        the variant name
 * @param metric         the metric ({@code case pass rate} for the share of passing cases)
 * @param direction      which way is better; for a target range the means are of the case means' distance to it
 * @param cases          cases both runs have a value for
 * @param before         mean of the earlier run's case means over those cases
 * @param after          mean of the later run's case means over those cases
 * @param low            95% interval of the paired change, low end (needs 2 or more cases)
 * @param high           95% interval of the paired change, high end
 * @param pValue         two-sided paired t-test p-value
 * @param verdict        regressed or improved when the interval excludes 0, else unchanged
 */
@API(status = INTERNAL, since = "0.1")
public record MetricChange(String variant, String metric, Direction direction, int cases, double before,
                           double after, OptionalDouble low, OptionalDouble high, OptionalDouble pValue,
                           Movement verdict) {

    /** Which way a metric moved between two runs. */
    public enum Movement {
        IMPROVED, REGRESSED, UNCHANGED;

        /** The word the reports print. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MetricChange {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The direction's arrow: ↑ higher, ↓ lower, ◎ closer to a target range is better. */
    public String arrow() {
        return Arrows.of(direction);
    }

    /** Whether the interval excludes 0, one way or the other. */
    public boolean moved() {
        return verdict != Movement.UNCHANGED;
    }

    /** {@code after − before}. */
    public double change() {
        return after - before;
    }
}
