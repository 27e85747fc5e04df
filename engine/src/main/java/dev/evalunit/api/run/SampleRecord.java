package dev.evalunit.api.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One line of a run's {@code results.jsonl}: a scored sample, written as soon as its scores exist.
 * Error samples have an {@code error}, no output and no scores; they are never passed.
 *
 * @param suiteId            the suite
 * @param runId              the run
 * @param variantId          the variant
 * @param caseId             the case
 * @param repeat             0-based repeat index
 * @param fingerprint        the request fingerprint (the response cache key)
 * @param output             the output text, for successful samples
 * @param error              why there is no output, for error samples
 * @param latencyMs          wall time of the successful attempt in milliseconds
 * @param timeToFirstTokenMs time to the first streamed token in milliseconds, when streamed
 * @param inputTokens        prompt tokens, when reported
 * @param outputTokens       completion tokens, when reported
 * @param costUsd            cost in US dollars, when the price is known
 * @param cacheHit           whether the response came from the response cache
 * @param attempts           attempts the call took
 * @param finishReason       the provider's finish reason, when known
 * @param scores             every score of every scorer, in declaration order
 * @param passed             whether every score passed its threshold (false for error samples)
 */
public record SampleRecord(String suiteId, String runId, String variantId, String caseId, int repeat,
                           String fingerprint, Optional<String> output, Optional<SampleError> error,
                           OptionalDouble latencyMs, OptionalDouble timeToFirstTokenMs, OptionalInt inputTokens,
                           OptionalInt outputTokens, OptionalDouble costUsd, boolean cacheHit, int attempts,
                           Optional<String> finishReason, List<Score> scores, boolean passed) {

    public SampleRecord {
        Objects.requireNonNull(suiteId, "suiteId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(latencyMs, "latencyMs");
        Objects.requireNonNull(timeToFirstTokenMs, "timeToFirstTokenMs");
        Objects.requireNonNull(inputTokens, "inputTokens");
        Objects.requireNonNull(outputTokens, "outputTokens");
        Objects.requireNonNull(costUsd, "costUsd");
        Objects.requireNonNull(finishReason, "finishReason");
        scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
        if (error.isPresent() && passed) {
            throw new IllegalArgumentException("an error sample cannot pass");
        }
    }

    /** The journal line of a sample and its scores. */
    public static SampleRecord of(String suiteId, String runId, Sample sample, List<Score> scores, boolean passed) {
        Optional<ModelResponse> response = sample.response();
        return new SampleRecord(suiteId, runId, sample.variantId(), sample.caseId(), sample.repeat(),
                sample.fingerprint(), sample.output(), sample.error(),
                millis(response.map(r -> r.latency().toNanos())),
                millis(response.flatMap(ModelResponse::timeToFirstToken).map(d -> d.toNanos())),
                sample.usage().map(u -> OptionalInt.of(u.input())).orElse(OptionalInt.empty()),
                sample.usage().map(u -> OptionalInt.of(u.output())).orElse(OptionalInt.empty()),
                sample.costUsd(), response.map(ModelResponse::cacheHit).orElse(false),
                response.map(ModelResponse::attempts).orElseGet(() -> sample.error().orElseThrow().attempts()),
                response.flatMap(ModelResponse::finishReason), scores, passed);
    }

    /** Whether this is an error sample. */
    public boolean isError() {
        return error.isPresent();
    }

    private static OptionalDouble millis(Optional<Long> nanos) {
        return nanos.map(n -> OptionalDouble.of(n / 1_000_000.0)).orElse(OptionalDouble.empty());
    }
}
