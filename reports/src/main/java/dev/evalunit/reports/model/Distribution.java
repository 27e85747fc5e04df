package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The score distribution of one metric, one histogram row per variant over shared bins.
 *
 * @param metric the metric
 * @param low    the lowest value (left edge of the first bin)
 * @param high   the highest value (right edge of the last bin)
 * @param rows   one histogram per variant, in variant order
 */
@API(status = INTERNAL, since = "0.1")
public record Distribution(String metric, double low, double high, List<Histogram> rows) {

    public Distribution {
        Objects.requireNonNull(metric, "metric");
        rows = List.copyOf(rows);
    }
}
