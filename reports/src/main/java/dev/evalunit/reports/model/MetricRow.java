package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One row of the variants table: a metric's value under every variant.
 *
 * @param name      what is measured
 * @param format    how values read: {@code score}, {@code percent}, {@code usd}, {@code ms} or {@code count}
 * @param direction which way is better
 * @param cells     one per variant, in variant order
 */
@API(status = INTERNAL, since = "0.1")
public record MetricRow(String name, String format, Direction direction, List<MetricCell> cells) {

    /** Which way a metric is better; {@code NONE} highlights nothing. */
    public enum Direction { HIGHER, LOWER, NONE }

    public MetricRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(direction, "direction");
        cells = List.copyOf(cells);
    }
}
