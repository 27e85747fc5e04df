package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One scorer's verdict on one sample: either a {@link Measured} value or a {@link Failed} score (a judge whose
 * reply could not be parsed after its retries, say). Failed scores keep the raw text as their {@link #reason()},
 * are never counted as 0 and are excluded from statistics. Scorers build scores with {@link #of}, {@link #check}
 * and {@link #error}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Score permits Score.Measured, Score.Failed {

    /** The metric name (usually the scorer's name; a scorer may emit several metrics). */
    String name();

    /** Whether the sample meets this metric's threshold (false for failed scores). */
    boolean passed();

    /** The value; empty for a failed score. */
    OptionalDouble value();

    /** Why: a failed check's explanation, a judge's reasoning, or a failed score's raw text. */
    Optional<String> reason();

    /** What went wrong, for failed scores. */
    Optional<String> error();

    /** The 0-based judge repeat index (0 for scorers that are not repeated). */
    int judgeRepeat();

    /** Further structured facts (e.g. the predicted label), JSON-friendly values only. */
    Map<String, Object> details();

    /** The hash of the judge configuration (model, prompt, parameters), for judges; {@code null} otherwise. */
    String fingerprint();

    /** The judge calls behind this score, their tokens and cost, for judges; {@code null} otherwise. */
    JudgeUsage usage();

    /** This score given by a judge with the given fingerprint, as its {@code repeat}-th repeat. */
    Score withJudge(String fingerprint, int repeat);

    /** This score with the given details instead of its own. */
    Score withDetails(Map<String, Object> more);

    /** This score with the judge calls behind it. */
    Score withJudgeUsage(JudgeUsage usage);

    /** This score passing or failing as told; a failed score cannot pass. */
    Score withPassed(boolean nowPassed);

    /** A plain score. */
    static Score of(String name, double value, boolean passed, String reason) {
        return new Measured(name, value, passed, reason, null, 0, Map.of(), null);
    }

    /** A 1/0 check. */
    static Score check(String name, boolean passed, String reason) {
        return of(name, passed ? 1.0 : 0.0, passed, reason);
    }

    /** A failed score: no value, with what went wrong and the raw text that could not be used. */
    static Score error(String name, String error, String rawText) {
        return new Failed(name, error, rawText, null, 0, Map.of(), null);
    }

    /** Whether this is a failed score. */
    default boolean isError() {
        return this instanceof Failed;
    }

    /** The judge fingerprint, for judges. */
    default Optional<String> judgeFingerprint() {
        return Optional.ofNullable(fingerprint());
    }

    /** The judge usage, for judges. */
    default Optional<JudgeUsage> judgeUsage() {
        return Optional.ofNullable(usage());
    }

    /** Whether a judge gave this score (or failed to). */
    default boolean isJudged() {
        return fingerprint() != null;
    }

    /**
     * A score with a value.
     *
     * @param name        metric name
     * @param measurement the value, finite
     * @param passed      whether the sample meets this metric's threshold
     * @param explanation why, or {@code null}
     * @param fingerprint judge configuration hash, or {@code null} when no judge gave it
     * @param judgeRepeat 0-based judge repeat index
     * @param details     further structured facts
     * @param usage       the judge calls behind it, or {@code null}
     */
    record Measured(String name, double measurement, boolean passed, String explanation, String fingerprint,
                    int judgeRepeat, Map<String, Object> details, JudgeUsage usage) implements Score {

        public Measured {
            Objects.requireNonNull(name, "name");
            details = Map.copyOf(Objects.requireNonNull(details, "details"));
            if (!Double.isFinite(measurement)) {
                throw new IllegalArgumentException("score '" + name + "' value must be finite, was " + measurement);
            }
        }

        @Override
        public OptionalDouble value() {
            return OptionalDouble.of(measurement);
        }

        @Override
        public Optional<String> reason() {
            return Optional.ofNullable(explanation);
        }

        @Override
        public Optional<String> error() {
            return Optional.empty();
        }

        @Override
        public Measured withJudge(String judge, int repeat) {
            return new Measured(name, measurement, passed, explanation, Objects.requireNonNull(judge, "judge"),
                    repeat, details, usage);
        }

        @Override
        public Measured withDetails(Map<String, Object> more) {
            return new Measured(name, measurement, passed, explanation, fingerprint, judgeRepeat, more, usage);
        }

        @Override
        public Measured withJudgeUsage(JudgeUsage calls) {
            return new Measured(name, measurement, passed, explanation, fingerprint, judgeRepeat, details,
                    Objects.requireNonNull(calls, "calls"));
        }

        @Override
        public Measured withPassed(boolean nowPassed) {
            return new Measured(name, measurement, nowPassed, explanation, fingerprint, judgeRepeat, details, usage);
        }
    }

    /**
     * A score without a value: the scorer (or judge) could not give one.
     *
     * @param name        metric name
     * @param problem     what went wrong
     * @param rawText     the text that could not be used, or {@code null}
     * @param fingerprint judge configuration hash, or {@code null} when no judge was asked
     * @param judgeRepeat 0-based judge repeat index
     * @param details     further structured facts
     * @param usage       the judge calls behind it, or {@code null}
     */
    record Failed(String name, String problem, String rawText, String fingerprint, int judgeRepeat,
                  Map<String, Object> details, JudgeUsage usage) implements Score {

        public Failed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(problem, "problem");
            details = Map.copyOf(Objects.requireNonNull(details, "details"));
        }

        @Override
        public boolean passed() {
            return false;
        }

        @Override
        public OptionalDouble value() {
            return OptionalDouble.empty();
        }

        @Override
        public Optional<String> reason() {
            return Optional.ofNullable(rawText);
        }

        @Override
        public Optional<String> error() {
            return Optional.of(problem);
        }

        @Override
        public Failed withJudge(String judge, int repeat) {
            return new Failed(name, problem, rawText, Objects.requireNonNull(judge, "judge"), repeat, details, usage);
        }

        @Override
        public Failed withDetails(Map<String, Object> more) {
            return new Failed(name, problem, rawText, fingerprint, judgeRepeat, more, usage);
        }

        @Override
        public Failed withJudgeUsage(JudgeUsage calls) {
            return new Failed(name, problem, rawText, fingerprint, judgeRepeat, details,
                    Objects.requireNonNull(calls, "calls"));
        }

        @Override
        public Failed withPassed(boolean nowPassed) {
            if (nowPassed) {
                throw new IllegalArgumentException("error score '" + name + "' cannot pass");
            }
            return this;
        }
    }
}
