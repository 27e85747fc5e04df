package dev.evalunit.bucketing.analysis;

/**
 * A treatment against the control on one metric (fixed-horizon test, for display; decisions use the
 * sequential test). {@code difference = treatment − control}.
 *
 * @param metric     the metric
 * @param test       {@code welch} or {@code two-proportion}
 * @param control    the control's mean or rate
 * @param treatment  the treatment's mean or rate
 * @param difference treatment − control
 * @param ciLow      lower end of the 95% interval of the difference
 * @param ciHigh     upper end of the 95% interval of the difference
 * @param pValue     two-sided p-value
 */
public record MetricComparison(Metric metric, String test, double control, double treatment, double difference,
                               double ciLow, double ciHigh, double pValue) {
}
