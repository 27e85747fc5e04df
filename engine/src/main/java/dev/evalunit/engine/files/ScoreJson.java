package dev.evalunit.engine.files;

import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.run.Score;
import com.fasterxml.jackson.databind.util.StdConverter;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@link Score} as the journal stores it: one object whose {@code value} and {@code error} exclude each other, so
 * measured and failed scores share one shape.
 */
record ScoreJson(String name, OptionalDouble value, boolean passed, Optional<String> reason, Optional<String> error,
                 Optional<String> judgeFingerprint, int judgeRepeat, Map<String, Object> details,
                 Optional<JudgeUsage> judgeUsage) {

    Score toScore() {
        if (value.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("score '" + name + "' has either a value or an error");
        }
        Map<String, Object> facts = details == null ? Map.of() : details;
        return error.isPresent()
                ? new Score.Failed(name, error.get(), reason.orElse(null), judgeFingerprint.orElse(null),
                        judgeRepeat, facts, judgeUsage.orElse(null))
                : new Score.Measured(name, value.getAsDouble(), passed, reason.orElse(null),
                        judgeFingerprint.orElse(null), judgeRepeat, facts, judgeUsage.orElse(null));
    }

    static ScoreJson of(Score score) {
        return new ScoreJson(score.name(), score.value(), score.passed(), score.reason(), score.error(),
                score.judgeFingerprint(), score.judgeRepeat(), score.details(), score.judgeUsage());
    }

    /** Writes a score in the journal's shape. */
    static final class Writing extends StdConverter<Score, ScoreJson> {
        @Override
        public ScoreJson convert(Score score) {
            return of(score);
        }
    }

    /** Reads a score from the journal's shape. */
    static final class Reading extends StdConverter<ScoreJson, Score> {
        @Override
        public Score convert(ScoreJson json) {
            return json.toScore();
        }
    }
}
