package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Two runs of the same suite compared case by case: per variant and metric, the paired change of the case
 * means with its interval; per case, the cases that stopped or started passing.
 *
 * @param suiteId           the suite
 * @param suiteName         its display name
 * @param before            the earlier (reference) run
 * @param after             the later (candidate) run
 * @param metrics           every (variant, metric) both runs measured
 * @param regressions       cases that passed before and fail now, at most {@link #CASES_SHOWN}
 * @param regressionCount   how many cases regressed in all
 * @param improvements      cases that failed before and pass now, at most {@link #CASES_SHOWN}
 * @param improvementCount  how many cases improved in all
 * @param onlyBefore        (variant, case) pairs only the earlier run has
 * @param onlyAfter         (variant, case) pairs only the later run has
 */
@API(status = INTERNAL, since = "0.1")
public record RunComparison(String suiteId, String suiteName, RunRef before, RunRef after,
                            List<MetricChange> metrics, List<CaseChange> regressions, int regressionCount,
                            List<CaseChange> improvements, int improvementCount, int onlyBefore, int onlyAfter) {

    /** The most cases listed per direction. */
    public static final int CASES_SHOWN = 200;

    public RunComparison {
        Objects.requireNonNull(suiteId, "suiteId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        metrics = List.copyOf(metrics);
        regressions = List.copyOf(regressions);
        improvements = List.copyOf(improvements);
    }

    /** Whether some case or metric got worse. */
    public boolean regressed() {
        return regressionCount > 0 || metrics.stream().anyMatch(m -> m.verdict() == MetricChange.Movement.REGRESSED);
    }

    /**
     * One run.
     *
     * @param runId     the run
     * @param startedAt when it started
     * @param passed    whether every case passed
     */
    public record RunRef(String runId, String startedAt, boolean passed) {
    }

    /**
     * A case whose verdict changed under one variant.
     *
     * @param variant the variant name
     * @param caseId  the case
     * @param failure why it fails now (for a regression) or failed before (for an improvement)
     */
    public record CaseChange(String variant, String caseId, Optional<String> failure) {
    }
}
