package dev.evalunit.api.run;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One scorer's verdict on one sample. A score either has a value or is an error score (a judge whose
 * reply could not be parsed after its retries, say): error scores keep the raw text in
 * {@code reason}, are never counted as 0 and are excluded from statistics.
 *
 * @param name             metric name (usually the scorer's name; a scorer may emit several metrics)
 * @param value            the value; empty for an error score
 * @param passed           whether the sample meets this metric's threshold (false for error scores)
 * @param reason           why: a failed check's explanation, a judge's reasoning, or an error's raw text
 * @param error            what went wrong, for error scores
 * @param judgeFingerprint hash of the judge configuration (model, prompt, parameters), for judges
 * @param judgeRepeat      0-based judge repeat index (0 for scorers that are not repeated)
 * @param details          further structured facts (e.g. the predicted label), JSON-friendly values only
 * @param judgeUsage       the judge calls behind this score, their tokens and cost, for judges
 */
public record Score(String name, OptionalDouble value, boolean passed, Optional<String> reason,
                    Optional<String> error, Optional<String> judgeFingerprint, int judgeRepeat,
                    Map<String, Object> details, Optional<JudgeUsage> judgeUsage) {

    public Score {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(judgeFingerprint, "judgeFingerprint");
        details = Map.copyOf(Objects.requireNonNull(details, "details"));
        judgeUsage = Objects.requireNonNullElse(judgeUsage, Optional.empty());
        if (value.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("score '" + name + "' has either a value or an error");
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("score '" + name + "' value must be finite, was " + value);
        }
        if (error.isPresent() && passed) {
            throw new IllegalArgumentException("error score '" + name + "' cannot pass");
        }
    }

    /** A score without judge usage. */
    public Score(String name, OptionalDouble value, boolean passed, Optional<String> reason, Optional<String> error,
                 Optional<String> judgeFingerprint, int judgeRepeat, Map<String, Object> details) {
        this(name, value, passed, reason, error, judgeFingerprint, judgeRepeat, details, Optional.empty());
    }

    /** A plain score. */
    public static Score of(String name, double value, boolean passed, String reason) {
        return new Score(name, OptionalDouble.of(value), passed, Optional.ofNullable(reason), Optional.empty(),
                Optional.empty(), 0, Map.of());
    }

    /** A 1/0 check. */
    public static Score check(String name, boolean passed, String reason) {
        return of(name, passed ? 1.0 : 0.0, passed, reason);
    }

    /** An error score: no value, with what went wrong and the raw text that could not be used. */
    public static Score error(String name, String error, String rawText) {
        return new Score(name, OptionalDouble.empty(), false, Optional.ofNullable(rawText), Optional.of(error),
                Optional.empty(), 0, Map.of());
    }

    public boolean isError() {
        return error.isPresent();
    }

    public Score withJudge(String fingerprint, int repeat) {
        return new Score(name, value, passed, reason, error, Optional.of(fingerprint), repeat, details, judgeUsage);
    }

    public Score withDetails(Map<String, Object> more) {
        return new Score(name, value, passed, reason, error, judgeFingerprint, judgeRepeat, more, judgeUsage);
    }

    /** This score with the judge calls behind it. */
    public Score withJudgeUsage(JudgeUsage usage) {
        return new Score(name, value, passed, reason, error, judgeFingerprint, judgeRepeat, details,
                Optional.of(usage));
    }

    /** Whether a judge gave this score (or failed to). */
    public boolean isJudged() {
        return judgeFingerprint.isPresent();
    }

    /** This score passing or failing as told. */
    public Score withPassed(boolean nowPassed) {
        return new Score(name, value, nowPassed, reason, error, judgeFingerprint, judgeRepeat, details, judgeUsage);
    }
}
