package dev.evalunit.api.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one case did under one variant over its repeats.
 *
 * @param caseId         the case
 * @param passed         whether at least {@code passRate} of the repeats passed
 * @param repeats        how many repeats ran
 * @param passedRepeats  how many repeats passed every threshold
 * @param errorRepeats   how many repeats ended in an error sample
 * @param metrics        per metric: mean and sd over this case's repeats (error scores excluded)
 * @param meanLatencyMs  mean latency of the successful repeats
 * @param inputTokens    prompt tokens over the repeats, as reported
 * @param outputTokens   completion tokens over the repeats, as reported
 * @param failure        why the case failed, naming the failing samples
 */
public record CaseSummary(String caseId, boolean passed, int repeats, int passedRepeats, int errorRepeats,
                          List<MetricSummary> metrics, OptionalDouble meanLatencyMs, long inputTokens,
                          long outputTokens, Optional<String> failure) {

    public CaseSummary {
        Objects.requireNonNull(caseId, "caseId");
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        Objects.requireNonNull(meanLatencyMs, "meanLatencyMs");
        Objects.requireNonNull(failure, "failure");
    }
}
