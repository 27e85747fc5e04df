package dev.evalunit.api.run;

import java.util.Objects;

/**
 * Descriptive statistics of one metric over a set of score values (error scores excluded).
 *
 * @param name  the metric name
 * @param count how many values
 * @param mean  their mean
 * @param sd    their sample standard deviation (n − 1); 0 when there is only one value
 * @param min   the smallest value
 * @param max   the largest value
 */
public record MetricSummary(String name, long count, double mean, double sd, double min, double max) {

    public MetricSummary {
        Objects.requireNonNull(name, "name");
        if (count < 1) {
            throw new IllegalArgumentException("metric '" + name + "' summarises no values");
        }
    }
}
