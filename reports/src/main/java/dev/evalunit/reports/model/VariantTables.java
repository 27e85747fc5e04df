package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The variants side by side: their columns, the quality and operations rows, and their error samples.
 *
 * @param variants   the variants, baseline first as in the suite
 * @param quality    each metric's mean with its 95% interval, per variant
 * @param operations error rate, pass rate, cost, tokens and latency, per variant
 * @param errors     the error samples by kind and provider, most first
 */
@API(status = INTERNAL, since = "0.1")
public record VariantTables(List<VariantColumn> variants, List<MetricRow> quality, OperationRows operations,
                            List<ErrorGroup> errors) {

    public VariantTables {
        variants = List.copyOf(variants);
        quality = List.copyOf(quality);
        Objects.requireNonNull(operations, "operations");
        errors = List.copyOf(errors);
    }
}
