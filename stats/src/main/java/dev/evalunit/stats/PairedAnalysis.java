package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The full offline comparison of two variants on the same cases: the paired t analysis (primary), the
 * paired bootstrap (robustness) and the Wilcoxon signed-rank test (non-parametric check).
 *
 * @param t         paired t analysis, the primary result
 * @param bootstrap seeded studentized bootstrap interval
 * @param wilcoxon  signed-rank test as R's default (exact below 50 untied differences)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PairedAnalysis(PairedResult t, BootstrapResult bootstrap, WilcoxonResult wilcoxon) {

    /**
     * Runs all three on repeat scores.
     *
     * @param control    {@code control[case][repeat]}
     * @param treatment  {@code treatment[case][repeat]}, same cases in the same order
     * @param confidence confidence level of both intervals, e.g. 0.95
     * @param resamples  bootstrap resamples, at least 100
     * @param seed       bootstrap seed
     */
    public static PairedAnalysis of(double[][] control, double[][] treatment, double confidence, int resamples,
                                    long seed) {
        return of(PairedCases.of(control, treatment), confidence, resamples, seed);
    }

    /** Runs all three on already paired cases. */
    public static PairedAnalysis of(PairedCases cases, double confidence, int resamples, long seed) {
        return new PairedAnalysis(PairedTTest.test(cases, confidence),
                PairedBootstrap.interval(cases, resamples, seed, confidence), WilcoxonSignedRank.testAsR(cases));
    }
}
