package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What ran, when and at what cost.
 *
 * @param suiteId       the suite
 * @param suiteName     its display name
 * @param source        where the suite was defined
 * @param runId         the run
 * @param startedAt     ISO-8601 start
 * @param finishedAt    ISO-8601 end
 * @param duration      wall time, human-readable (e.g. {@code 2 min 05 s})
 * @param repeats       repeats per case
 * @param passRate      share of repeats that must pass for a case to pass
 * @param passed        whether every case of every variant passed
 * @param models        the distinct models of the variants, in suite order
 * @param totalCostUsd  total cost (generation and judges), when every variant's and judge's cost is known
 * @param cases         distinct cases
 * @param samples       samples generated
 * @param errors        error samples
 * @param commit        the source commit the run was made at, when recorded
 * @param baselineId    the variant the others are compared with
 * @param primaryMetric the metric the decision rests on, when the run has metrics
 * @param providerNotes what the run's environment said about its providers, one line each
 *                      ({@code 'openai' models: simulated by ...}), in provider order
 * @param judgeCostUsd  the judges' part of the total cost, when judges ran and their price is known
 * @param judgeInputTokens  judge prompt tokens over the run
 * @param judgeOutputTokens judge completion tokens over the run
 * @param inProgress    where the run is, when this report is an interim one of a run still going (the progress
 *                      line: calls done of planned, errors, time left, cost); empty in the final report
 * @param earlyStop     the sentence on the run's anytime-valid early stop (cases run, calls saved, the sequences),
 *                      when it was on
 * @param adaptiveRepeats the sentence on how adaptive repeats spent the run's calls (saved, reallocated), when on
 */
@API(status = INTERNAL, since = "0.1")
public record RunMeta(String suiteId, String suiteName, String source, String runId, String startedAt,
                      String finishedAt, String duration, int repeats, double passRate, boolean passed,
                      List<String> models, OptionalDouble totalCostUsd, int cases, long samples, long errors,
                      Optional<String> commit, String baselineId, Optional<String> primaryMetric,
                      List<String> providerNotes, OptionalDouble judgeCostUsd, long judgeInputTokens,
                      long judgeOutputTokens, Optional<String> inProgress,
                      Optional<String> earlyStop, Optional<String> adaptiveRepeats) {

    public RunMeta {
        Objects.requireNonNull(suiteId, "suiteId");
        Objects.requireNonNull(runId, "runId");
        models = List.copyOf(models);
        Objects.requireNonNull(totalCostUsd, "totalCostUsd");
        Objects.requireNonNull(judgeCostUsd, "judgeCostUsd");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(baselineId, "baselineId");
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        providerNotes = List.copyOf(providerNotes);
        Objects.requireNonNull(inProgress, "inProgress");
        Objects.requireNonNull(earlyStop, "earlyStop");
        Objects.requireNonNull(adaptiveRepeats, "adaptiveRepeats");
    }
}
