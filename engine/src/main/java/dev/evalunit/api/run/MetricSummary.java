package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricSummary(String name, long count, double mean, double sd, double min, double max) {

    public MetricSummary {
        Objects.requireNonNull(name, "name");
        if (count < 1) {
            throw new IllegalArgumentException("metric '" + name + "' summarises no values");
        }
    }
}
