package dev.evalunit.bucketing.rollout;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The staged rollout of a winner, as the source article's {@code RolloutController}: the winner's share
 * steps up (e.g. 75% for a day, 95% for two days, then 100%), the other variants sharing the rest. The stage
 * in force is read from the clock, never from a sleeping timer, so a restart resumes at the right stage.
 *
 * @param winnerVariantId the variant being rolled out
 * @param start           when the first stage begins
 * @param stages          winner percents strictly increasing; every stage but the last has a positive duration
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StagedRollout(String winnerVariantId, Instant start, List<Stage> stages) {

    /**
     * @param percent  the winner's share during the stage
     * @param duration how long the stage lasts; the last stage lasts forever
     */
    public record Stage(double percent, Duration duration) {
        public Stage {
            if (!(percent > 0 && percent <= 100)) {
                throw new InvalidConfigException("percent", "must be in (0, 100], was " + percent);
            }
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new InvalidConfigException("duration", "must not be negative, was " + duration);
            }
        }
    }

    public StagedRollout {
        if (winnerVariantId == null || winnerVariantId.isBlank()) {
            throw new InvalidConfigException("winnerVariantId", "must be a non-blank string");
        }
        Objects.requireNonNull(start, "start");
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new InvalidConfigException("stages", "must have at least one stage");
        }
        for (int i = 0; i < stages.size(); i++) {
            if (i > 0 && stages.get(i).percent() <= stages.get(i - 1).percent()) {
                throw new InvalidConfigException("stages[" + i + "].percent", "must be above the previous stage's "
                        + stages.get(i - 1).percent() + ", was " + stages.get(i).percent());
            }
            if (i < stages.size() - 1 && stages.get(i).duration().isZero()) {
                throw new InvalidConfigException("stages[" + i + "].duration", "must be positive for every stage but the last");
            }
        }
    }

    /** The article's plan: 75% for 24 hours, 95% for 48 hours, then 100%. */
    public static StagedRollout articlePlan(String winnerVariantId, Instant start) {
        return new StagedRollout(winnerVariantId, start, List.of(new Stage(75, Duration.ofHours(24)),
                new Stage(95, Duration.ofHours(48)), new Stage(100, Duration.ZERO)));
    }

    /** The index of the stage in force at {@code epochMillis}, or -1 before the start. */
    public int stageAt(long epochMillis) {
        long stageStart = start.toEpochMilli();
        if (epochMillis < stageStart) {
            return -1;
        }
        for (int i = 0; i < stages.size() - 1; i++) {
            stageStart += stages.get(i).duration().toMillis();
            if (epochMillis < stageStart) {
                return i;
            }
        }
        return stages.size() - 1;
    }
}
