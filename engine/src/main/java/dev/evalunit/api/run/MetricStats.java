package dev.evalunit.api.run;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One variant's values of one metric. Each case contributes the mean of its repeats (error samples and
 * error scores excluded), so the interval treats cases, not repeats, as the independent units.
 * Percentiles interpolate linearly (R type 7). For a variant-level metric ({@link MetricComparison#paired()}
 * false) {@code mean} is the metric's value (e.g. the 95th percentile of request latencies), the other
 * fields describe the underlying per-request values, and there is no interval.
 *
 * @param variantId    the variant
 * @param cases        cases with at least one valid value
 * @param values       valid values (repeats) used
 * @param mean         mean of the per-case means
 * @param sd           sample standard deviation of the per-case means; 0 for a single case
 * @param min          smallest per-case mean
 * @param p25          25th percentile of the per-case means
 * @param median       median of the per-case means
 * @param p75          75th percentile of the per-case means
 * @param p95          95th percentile of the per-case means
 * @param max          largest per-case mean
 * @param ciLow        lower bound of the t interval of the mean; empty with a single case
 * @param ciHigh       upper bound of that interval
 * @param variance     between-case and within-case variance, when the metric was repeated
 */
public record MetricStats(String variantId, int cases, long values, double mean, double sd, double min, double p25,
                          double median, double p75, double p95, double max, OptionalDouble ciLow,
                          OptionalDouble ciHigh, Optional<VarianceSplit> variance) {

    public MetricStats {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(ciLow, "ciLow");
        Objects.requireNonNull(ciHigh, "ciHigh");
        Objects.requireNonNull(variance, "variance");
    }
}
