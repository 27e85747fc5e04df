package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One paired difference in the forest plot.
 *
 * @param variant        the treatment variant
 * @param metric         the metric
 * @param difference     treatment minus baseline
 * @param low            interval low end
 * @param high           interval high end
 * @param cases          paired cases behind it
 * @param pValue         two-sided paired t p-value
 * @param adjustedPValue p-value after the multiple-comparison correction, when given
 * @param bootstrapLow   paired bootstrap interval, low end (robustness check)
 * @param bootstrapHigh  paired bootstrap interval, high end
 * @param wilcoxonPValue Wilcoxon signed-rank p-value (non-parametric check)
 * @param verdict        {@code better}, {@code worse} or {@code unclear}: where the interval lies, in the
 *                       metric's better direction
 * @param y              the row's centre line
 * @param x              x of the difference
 * @param lowX           x of the interval's low end
 * @param highX          x of the interval's high end
 */
@API(status = INTERNAL, since = "0.1")
public record ForestRow(String variant, String metric, double difference, double low, double high, int cases,
                        double pValue, OptionalDouble adjustedPValue, double bootstrapLow, double bootstrapHigh,
                        double wilcoxonPValue, String verdict, double y, double x, double lowX,
                        double highX) {

    public ForestRow {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(adjustedPValue, "adjustedPValue");
        Objects.requireNonNull(verdict, "verdict");
    }
}
