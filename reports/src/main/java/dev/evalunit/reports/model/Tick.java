package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An axis tick of a chart.
 *
 * @param position where it sits along its axis, in SVG user units
 * @param label    its text
 */
@API(status = INTERNAL, since = "0.1")
public record Tick(double position, String label) {

    public Tick {
        Objects.requireNonNull(label, "label");
    }
}
