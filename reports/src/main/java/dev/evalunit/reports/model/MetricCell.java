package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A metric's value under one variant.
 *
 * @param variantId the variant
 * @param value     the value, when the variant has one
 * @param low       lower end of its 95% interval, when one can be estimated
 * @param high      upper end of its 95% interval, when one can be estimated
 * @param count     how many cases (or samples) it summarises
 * @param best      whether it is the best value of its row
 */
@API(status = INTERNAL, since = "0.1")
public record MetricCell(String variantId, OptionalDouble value, OptionalDouble low, OptionalDouble high,
                         long count, boolean best) {

    public MetricCell {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
