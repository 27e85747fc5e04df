package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One variant's histogram of a metric. Bar heights are fractions of the tallest bar, in [0, 1].
 *
 * @param variant the variant name
 * @param values  how many sample values it counts
 * @param counts  values per bin
 * @param heights bar heights relative to the tallest bar of the row
 */
@API(status = INTERNAL, since = "0.1")
public record Histogram(String variant, long values, List<Long> counts, List<Double> heights) {

    public Histogram {
        Objects.requireNonNull(variant, "variant");
        counts = List.copyOf(counts);
        heights = List.copyOf(heights);
    }
}
