package dev.evalunit.bucketing.rollout;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RolloutPlansTest {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

    private static long at(Duration sinceStart) {
        return START.plus(sinceStart).toEpochMilli();
    }

    @Test
    void theGraduatedScheduleFollowsTheArticlesDays() {
        GraduatedRollout schedule = GraduatedRollout.articleSchedule(START);
        assertThat(schedule.percentAt(at(Duration.ofMillis(-1)))).isZero();
        assertThat(schedule.percentAt(at(Duration.ZERO))).isEqualTo(5);
        assertThat(schedule.percentAt(at(Duration.ofDays(2).minusMillis(1)))).isEqualTo(5);
        assertThat(schedule.percentAt(at(Duration.ofDays(2)))).isEqualTo(10);
        assertThat(schedule.percentAt(at(Duration.ofDays(9)))).isEqualTo(50);
        assertThat(schedule.percentAt(at(Duration.ofDays(400)))).isEqualTo(100);
    }

    @Test
    void theStagedRolloutAdvancesByDurationAndStaysOnTheLastStage() {
        StagedRollout rollout = StagedRollout.articlePlan("treatment", START);
        assertThat(rollout.stageAt(at(Duration.ofMillis(-1)))).isEqualTo(-1);
        assertThat(rollout.stageAt(at(Duration.ZERO))).isZero();
        assertThat(rollout.stageAt(at(Duration.ofHours(24).minusMillis(1)))).isZero();
        assertThat(rollout.stageAt(at(Duration.ofHours(24)))).isEqualTo(1);
        assertThat(rollout.stageAt(at(Duration.ofHours(72)))).isEqualTo(2);
        assertThat(rollout.stageAt(at(Duration.ofDays(365)))).isEqualTo(2);
    }

    @Test
    void badPlansAreRefusedNamingTheStep() {
        assertThatThrownBy(() -> new GraduatedRollout(START, List.of(new GraduatedRollout.Step(0, 50), new GraduatedRollout.Step(3, 25))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("field 'steps[1].percent' must not decrease (from 50.0 to 25.0); pause or kill instead");
        assertThatThrownBy(() -> new GraduatedRollout(START, List.of(new GraduatedRollout.Step(2, 5), new GraduatedRollout.Step(2, 10))))
                .hasMessage("field 'steps[1].day' must be after the previous step's day 2, was 2");
        assertThatThrownBy(() -> new GraduatedRollout.Step(0, 101)).hasMessage("field 'percent' must be in [0, 100], was 101.0");
        assertThatThrownBy(() -> new StagedRollout("w", START, List.of(new StagedRollout.Stage(75, Duration.ZERO),
                new StagedRollout.Stage(100, Duration.ZERO))))
                .hasMessage("field 'stages[0].duration' must be positive for every stage but the last");
        assertThatThrownBy(() -> new StagedRollout("w", START, List.of(new StagedRollout.Stage(95, Duration.ofHours(1)),
                new StagedRollout.Stage(75, Duration.ZERO))))
                .hasMessage("field 'stages[1].percent' must be above the previous stage's 95.0, was 75.0");
    }
}
