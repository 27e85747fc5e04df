package dev.evalunit.api.run;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One metric compared across the variants of a suite.
 *
 * @param name           the metric: a scorer metric, or a built-in one ({@code cost_per_request},
 *                       {@code cost_per_success}, {@code input_tokens}, {@code output_tokens},
 *                       {@code latency_ms}, {@code latency_p50_ms}, {@code latency_p95_ms},
 *                       {@code ttft_ms}, {@code error_rate}, {@code pass_rate})
 * @param builtIn        whether the engine measures it (cost, tokens, latency, errors, pass rate) rather than a scorer
 * @param primary        whether it is the suite's primary metric
 * @param direction      which way the metric improves; for a target range the differences are of the
 *                       per-sample distance to the range (lower is better), the variant summaries of the values
 * @param paired         whether the metric has a value per sample, so variants are compared case by case;
 *                       {@code false} for variant-level values ({@code latency_p50_ms}, {@code latency_p95_ms},
 *                       {@code cost_per_success}), which have summaries and no differences
 * @param variants       each variant's summary of the metric, in suite order (baseline included); a
 *                       variant with no valid value for the metric is left out
 * @param differences    each treatment variant against the baseline, in suite order; left out when the
 *                       two share no case with a valid value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricComparison(String name, boolean builtIn, boolean primary, Direction direction, boolean paired,
                               List<MetricStats> variants, List<MetricDifference> differences) {

    public MetricComparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        differences = List.copyOf(Objects.requireNonNull(differences, "differences"));
    }

    /** One variant's summary, if it has values. */
    public Optional<MetricStats> variant(String variantId) {
        return variants.stream().filter(v -> v.variantId().equals(variantId)).findFirst();
    }

    /** One treatment's difference from the baseline, if it was computed. */
    public Optional<MetricDifference> difference(String variantId) {
        return differences.stream().filter(d -> d.variantId().equals(variantId)).findFirst();
    }
}
