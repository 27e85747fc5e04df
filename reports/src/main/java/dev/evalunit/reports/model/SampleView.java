package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One repeat of a case under a variant.
 *
 * @param repeat    0-based repeat index
 * @param output    the output as diff segments against the baseline's output of the same repeat (all
 *                  {@link DiffSegment.Kind#SAME} for the baseline); empty for an error sample
 * @param diffed    whether {@code output} is a word diff (false for the baseline, or when no baseline
 *                  output exists, or when the texts are too long to diff)
 * @param omitted   characters of the output (and of removed baseline words) left out to keep a large run's
 *                  report small; the full text is in {@code results.jsonl}
 * @param error     what went wrong, for an error sample
 * @param latencyMs latency, when it succeeded
 * @param costUsd   cost, when known
 * @param passed    whether every score passed
 * @param cacheHit  whether the response came from the response cache
 * @param scores    every score, in declaration order
 */
@API(status = INTERNAL, since = "0.1")
public record SampleView(int repeat, List<DiffSegment> output, boolean diffed, int omitted, Optional<String> error,
                         OptionalDouble latencyMs, OptionalDouble costUsd, boolean passed, boolean cacheHit,
                         List<ScoreView> scores) {

    public SampleView {
        output = List.copyOf(output);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(latencyMs, "latencyMs");
        Objects.requireNonNull(costUsd, "costUsd");
        scores = List.copyOf(scores);
    }
}
