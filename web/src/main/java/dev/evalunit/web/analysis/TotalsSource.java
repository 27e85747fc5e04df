package dev.evalunit.web.analysis;

/** Where the analysis gets its totals: events kept in memory, or a database that sums them itself. */
@FunctionalInterface
public interface TotalsSource {

    /** The totals of one experiment phase now. */
    ExperimentTotals totals(String experimentId, int phase);
}
