package dev.evalunit.reports.model;

import java.util.Objects;

/**
 * An axis tick of a chart.
 *
 * @param position where it sits along its axis, in SVG user units
 * @param label    its text
 */
public record Tick(double position, String label) {

    public Tick {
        Objects.requireNonNull(label, "label");
    }
}
