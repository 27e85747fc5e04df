package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The per-case table. Its rows are produced lazily, one case at a time, so that rendering a run with many
 * cases never holds every output in memory; iterate them once.
 *
 * @param total    how many cases
 * @param pageSize rows per page in the HTML report
 * @param variants the variants, for the filter
 * @param rows     the cases in run order
 * @param metric   the primary metric the review sorts and filters by (paired differences), when the run has one
 * @param higherIsBetter its direction
 */
@API(status = INTERNAL, since = "0.1")
public record CaseTable(int total, int pageSize, List<VariantColumn> variants, Iterable<CaseRow> rows,
                        Optional<String> metric, boolean higherIsBetter) {

    public CaseTable {
        variants = List.copyOf(variants);
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(metric, "metric");
    }
}
