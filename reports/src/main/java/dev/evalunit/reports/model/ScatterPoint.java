package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One variant in a scatter.
 *
 * @param label  the variant name
 * @param xValue its x value (cost or latency)
 * @param yValue its y value (quality)
 * @param x      its x in SVG user units
 * @param y      its y in SVG user units
 * @param pareto whether no other variant is at least as good on both axes and better on one
 */
@API(status = INTERNAL, since = "0.1")
public record ScatterPoint(String label, double xValue, double yValue, double x, double y, boolean pareto) {

    public ScatterPoint {
        Objects.requireNonNull(label, "label");
    }
}
