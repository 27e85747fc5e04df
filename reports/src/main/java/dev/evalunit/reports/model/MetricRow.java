package dev.evalunit.reports.model;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One row of the variants table: a metric's value under every variant.
 *
 * @param name      what is measured
 * @param format    how values read: {@code score}, {@code percent}, {@code usd}, {@code ms} or {@code count}
 * @param direction which way is better; empty for a figure that is neither (token counts), highlighting nothing
 * @param cells     one per variant, in variant order
 */
@API(status = INTERNAL, since = "0.1")
public record MetricRow(String name, String format, Optional<Direction> direction, List<MetricCell> cells) {

    public MetricRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(direction, "direction");
        cells = List.copyOf(cells);
    }

    /** How the direction reads next to the metric, e.g. {@code ↑ higher is better}; empty without one. */
    public String legend() {
        return direction.map(d -> Arrows.of(d) + " " + d.describe()).orElse("");
    }
}
