package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The suite's {@code compare} result, as written in {@code summary.json}: every compared metric for every
 * variant against the baseline, each treatment's decision on the primary metric, and each treatment's
 * error rate against the baseline's. Differences are always {@code variant − baseline} in the metric's
 * units (for a metric with a target range, of the distance to the range); whether that is good depends on
 * {@link MetricComparison#direction()}.
 *
 * @param baselineId       the control variant every other variant is compared with
 * @param primaryMetric    the metric the decisions are taken on
 * @param secondaryMetrics the other compared metrics, in the order the table shows them
 * @param alpha            two-sided false-positive rate of every test, e.g. 0.05
 * @param confidence       confidence level of the metric intervals, {@code 1 − alpha}
 * @param minimumEffect    the smallest primary-metric improvement worth shipping, in the metric's units
 * @param correction       how p-values were adjusted over all (metric, variant) comparisons: {@code holm} or {@code bh}
 * @param metrics          one entry per compared metric, primary first
 * @param decisions        one decision per treatment variant, in suite order
 * @param errorRates       one error-rate check per treatment variant, in suite order
 * @param winner           the variant to keep: the best treatment decided {@code SHIP_TREATMENT}, else the baseline
 * @param judgeErrorRates  one check per treatment of its share of judge scores in error against the baseline's,
 *                         when judges scored both (its {@code *Rate} fields are shares of judge scores)
 * @param missingData      one check per treatment of how much of its primary metric is missing against the
 *                         baseline's; a flagged one keeps its decision from shipping
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Comparison(String baselineId, String primaryMetric, List<String> secondaryMetrics, double alpha,
                         double confidence, double minimumEffect, String correction,
                         List<MetricComparison> metrics, List<Decision> decisions,
                         List<ErrorRateCheck> errorRates, String winner, List<ErrorRateCheck> judgeErrorRates,
                         List<MissingDataCheck> missingData) {

    public Comparison {
        Objects.requireNonNull(baselineId, "baselineId");
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        secondaryMetrics = List.copyOf(Objects.requireNonNull(secondaryMetrics, "secondaryMetrics"));
        Objects.requireNonNull(correction, "correction");
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        decisions = List.copyOf(Objects.requireNonNull(decisions, "decisions"));
        errorRates = List.copyOf(Objects.requireNonNull(errorRates, "errorRates"));
        Objects.requireNonNull(winner, "winner");
        judgeErrorRates = List.copyOf(Objects.requireNonNullElse(judgeErrorRates, List.of()));
        missingData = List.copyOf(Objects.requireNonNullElse(missingData, List.of()));
    }

    /** A comparison without judge-error and missing-data checks. */
    public Comparison(String baselineId, String primaryMetric, List<String> secondaryMetrics, double alpha,
                      double confidence, double minimumEffect, String correction, List<MetricComparison> metrics,
                      List<Decision> decisions, List<ErrorRateCheck> errorRates, String winner) {
        this(baselineId, primaryMetric, secondaryMetrics, alpha, confidence, minimumEffect, correction, metrics,
                decisions, errorRates, winner, List.of(), List.of());
    }

    /** The comparison of one metric, if it was compared. */
    public Optional<MetricComparison> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The missing-data check of one treatment variant, if it is one and both ran. */
    public Optional<MissingDataCheck> missingData(String variantId) {
        return missingData.stream().filter(m -> m.variantId().equals(variantId)).findFirst();
    }

    /** The decision on one treatment variant, if it is one. */
    public Optional<Decision> decision(String variantId) {
        return decisions.stream().filter(d -> d.variantId().equals(variantId)).findFirst();
    }
}
