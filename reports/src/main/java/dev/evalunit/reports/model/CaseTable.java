package dev.evalunit.reports.model;

import dev.evalunit.stats.Direction;
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
 * @param direction which way the metric improves; a case's difference is of its values, or for a target range
 *                  of their distance to it
 */
@API(status = INTERNAL, since = "0.1")
public record CaseTable(int total, int pageSize, List<VariantColumn> variants, Iterable<CaseRow> rows,
                        Optional<String> metric, Direction direction) {

    public CaseTable {
        variants = List.copyOf(variants);
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
    }

    /** Whether a case's difference means the treatment did worse. */
    public boolean worse(double difference) {
        return direction.orient(difference) < 0;
    }

    /** +1 when a positive difference is an improvement, −1 when a negative one is: the review's sort key. */
    public int improvementSign() {
        return direction.orient(1) > 0 ? 1 : -1;
    }
}
