package dev.evalunit.web.analysis;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Where the analysis gets its totals: events kept in memory, or a database that sums them itself. */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface TotalsSource {

    /** The totals of one experiment phase now. */
    ExperimentTotals totals(String experimentId, int phase);
}
