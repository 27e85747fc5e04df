package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.rollout.GraduatedRollout;
import dev.evalunit.bucketing.rollout.StagedRollout;
import dev.evalunit.bucketing.safety.FlagSource;
import dev.evalunit.bucketing.safety.InMemoryFlagSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LiveExperimentTest {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private final MutableClock clock = new MutableClock(START);

    private static ExperimentDefinition.Builder twoArms() {
        return ExperimentDefinition.builder("exp_summarize_v2")
                .variant("control", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514").withTemperature(0.3))
                .variant("treatment", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514").withTemperature(0.2));
    }

    private static ExclusionReason reason(Assignment assignment) {
        return ((Assignment.Excluded) assignment).reason();
    }

    @Test
    void datesAndTheActiveFlagGateEveryone() {
        LiveExperiment live = new LiveExperiment(twoArms().startDate(START.plusSeconds(60))
                .endDate(START.plus(Duration.ofDays(27))).build(), clock, FlagSource.NONE);

        assertThat(reason(live.assign("user123"))).isEqualTo(ExclusionReason.NOT_STARTED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(live.assign("user123").assigned()).isPresent();
        clock.set(START.plus(Duration.ofDays(27)).plusMillis(1));
        assertThat(reason(live.assign("user123"))).isEqualTo(ExclusionReason.ENDED);
        live.update(live.definition().withEndDate(START.plus(Duration.ofDays(60))).withActive(false));
        assertThat(reason(live.assign("user123"))).isEqualTo(ExclusionReason.INACTIVE);
    }

    @Test
    void theKillSwitchStopsTheNextAssignment() {
        InMemoryFlagSource flags = new InMemoryFlagSource();
        LiveExperiment live = new LiveExperiment(twoArms().build(), clock, flags);
        assertThat(live.assign("user123").assigned()).isPresent();

        flags.kill("exp_summarize_v2");
        assertThat(reason(live.assign("user123"))).isEqualTo(ExclusionReason.KILLED);
        assertThat(live.assign("user123").configOr(VariantConfig.of("default:model")).model()).isEqualTo("default:model");

        flags.revive("exp_summarize_v2");
        assertThat(live.assign("user123").assigned()).isPresent();
    }

    @Test
    void aPauseRecordsItsReasonAndTimeUntilResumed() {
        LiveExperiment live = new LiveExperiment(twoArms().build(), clock, FlagSource.NONE);
        assertThat(live.pause("treatment error rate 12.3% > 10.0%")).isTrue();
        assertThat(live.pause("second reason")).isFalse();

        assertThat(reason(live.assign("u"))).isEqualTo(ExclusionReason.PAUSED);
        assertThat(live.pauseState()).contains(new Pause("treatment error rate 12.3% > 10.0%", START));
        live.resume();
        assertThat(live.pauseState()).isEmpty();
        assertThat(live.assign("u").assigned()).isPresent();
    }

    @Test
    void changingTheVariantsOfALiveExperimentIsRefusedUnlessANewPhaseWithANewSalt() {
        LiveExperiment live = new LiveExperiment(twoArms().build(), clock, FlagSource.NONE);
        List<VariantDefinition> threeArms = new ArrayList<>(live.definition().variants());
        threeArms.add(new VariantDefinition("treatment_b", "treatment_b", 50, VariantConfig.of("openai:gpt-4o-mini")));

        assertThatThrownBy(() -> live.update(live.definition().withVariants(threeArms)))
                .isInstanceOf(LiveExperimentChangeException.class)
                .hasMessageContaining("experiment 'exp_summarize_v2' is live and its variants changed from [control, treatment] to [control, treatment, treatment_b]")
                .hasMessageContaining("declare a new phase with a new salt");
        ExperimentDefinition reweighted = live.definition().withVariants(List.of(
                live.definition().variants().get(0),
                new VariantDefinition("treatment", "treatment", 70, live.definition().variants().get(1).config())));
        assertThatThrownBy(() -> live.update(reweighted)).hasMessageContaining("the weights or configs of its variants changed");

        live.update(live.definition().withTargetPercent(40));
        assertThat(live.definition().targetPercent()).isEqualTo(40);
        live.update(live.definition().withVariants(threeArms).nextPhase("exp_summarize_v2-phase2"));
        assertThat(live.definition().phase()).isEqualTo(2);
        assertThat(live.definition().variants()).hasSize(3);
    }

    @Test
    void seedCompatibleExperimentsCannotBeRephasedInPlace() {
        LiveExperiment live = new LiveExperiment(twoArms().mode(BucketingMode.SEED_COMPATIBLE).build(), clock, FlagSource.NONE);
        assertThatThrownBy(() -> live.update(live.definition().nextPhase("new-salt")))
                .isInstanceOf(LiveExperimentChangeException.class)
                .hasMessageContaining("a seed-compatible experiment hashes its id and has no salt");
    }

    @Test
    void aSeedCompatibleTwoArmRolloutIsTheArticlesReweightingAndKeepsEveryoneOnTheWinner() {
        for (String winner : List.of("treatment", "control")) {
            ExperimentDefinition definition = twoArms().mode(BucketingMode.SEED_COMPATIBLE).build();
            LiveExperiment live = new LiveExperiment(definition, clock, FlagSource.NONE);
            clock.set(START);
            live.rollOut(StagedRollout.articlePlan(winner, START.plus(Duration.ofHours(1))));
            int users = 20_000;
            String[] before = new String[users];
            for (int u = 0; u < users; u++) {
                before[u] = live.assign("user-" + u).assigned().orElseThrow().id();
            }
            double[] percent = {75, 95, 100};
            Duration[] at = {Duration.ofHours(2), Duration.ofHours(26), Duration.ofHours(74)};
            for (int stage = 0; stage < at.length; stage++) {
                clock.set(START.plus(at[stage]));
                // the article sets the winner's weight to the stage percent and gives the other arm the rest (at
                // 100% a weight of 0, which a definition refuses: then everyone is on the winner)
                double winnerWeight = percent[stage];
                LiveExperiment article = winnerWeight == 100 ? null : new LiveExperiment(ExperimentDefinition.builder("exp_summarize_v2")
                        .mode(BucketingMode.SEED_COMPATIBLE)
                        .variant("control", winner.equals("control") ? winnerWeight : 100 - winnerWeight, VariantConfig.of("p:m"))
                        .variant("treatment", winner.equals("treatment") ? winnerWeight : 100 - winnerWeight, VariantConfig.of("p:m"))
                        .build(), clock, FlagSource.NONE);
                int onWinner = 0;
                for (int u = 0; u < users; u++) {
                    String now = live.assign("user-" + u).assigned().orElseThrow().id();
                    assertThat(now).as("user-%d at %s%%", u, winnerWeight).isEqualTo(article == null ? winner
                            : article.assign("user-" + u).assigned().orElseThrow().id());
                    if (before[u].equals(winner)) {
                        assertThat(now).as("user-%d at %s%% left the winner %s", u, winnerWeight, winner).isEqualTo(winner);
                    }
                    onWinner += now.equals(winner) ? 1 : 0;
                    before[u] = now;
                }
                assertThat(onWinner / (double) users).isCloseTo(winnerWeight / 100, within(0.015));
            }
        }
    }

    @Test
    void aSeedCompatibleRolloutThatWouldMoveUnitsBetweenLosersIsRefused() {
        ExperimentDefinition threeArms = twoArms().mode(BucketingMode.SEED_COMPATIBLE)
                .variant("treatment-b", 50, VariantConfig.of("p:m3")).build();
        LiveExperiment live = new LiveExperiment(threeArms, clock, FlagSource.NONE);
        assertThatThrownBy(() -> live.rollOut(StagedRollout.articlePlan("treatment-b", START)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("experiment 'exp_summarize_v2' is seed-compatible: ramping 'treatment-b' would "
                        + "move units between 'control' and 'treatment'");
        assertThatThrownBy(() -> live.rollOut(StagedRollout.articlePlan("control", START)))
                .hasMessageContaining("would move units between 'treatment' and 'treatment-b'");

        // with the winner between the two losers each loser only ever gives units to the winner
        String[] before = new String[20_000];
        for (int u = 0; u < before.length; u++) {
            before[u] = live.assign("user-" + u).assigned().orElseThrow().id();
        }
        live.rollOut(StagedRollout.articlePlan("treatment", START));
        for (Duration at : List.of(Duration.ofHours(1), Duration.ofHours(25), Duration.ofHours(73))) {
            clock.set(START.plus(at));
            for (int u = 0; u < before.length; u++) {
                String now = live.assign("user-" + u).assigned().orElseThrow().id();
                assertThat(now).as("user-%d", u).isIn(before[u], "treatment");
                before[u] = now;
            }
        }
    }

    @Test
    void theGraduatedScheduleRaisesTrafficDayByDayFromTheClock() {
        LiveExperiment live = new LiveExperiment(twoArms().build(), clock, FlagSource.NONE);
        live.followSchedule(GraduatedRollout.articleSchedule(START));
        Map<Integer, Double> shareByDay = new HashMap<>();
        for (int day : new int[] {0, 1, 2, 5, 7, 10, 30}) {
            clock.set(START.plus(Duration.ofDays(day)).plusSeconds(3600));
            int in = 0;
            for (int u = 0; u < 20_000; u++) {
                in += live.assign("user-" + u).assigned().isPresent() ? 1 : 0;
            }
            shareByDay.put(day, in / 20_000.0);
        }
        assertThat(shareByDay.get(0)).isCloseTo(0.05, within(0.01));
        assertThat(shareByDay.get(1)).isCloseTo(0.05, within(0.01));
        assertThat(shareByDay.get(2)).isCloseTo(0.10, within(0.01));
        assertThat(shareByDay.get(5)).isCloseTo(0.25, within(0.015));
        assertThat(shareByDay.get(7)).isCloseTo(0.50, within(0.015));
        assertThat(shareByDay.get(10)).isEqualTo(1.0);
        assertThat(shareByDay.get(30)).isEqualTo(1.0);
    }

    @Test
    void aStagedRolloutNeverTakesAUserOffTheWinner() {
        LiveExperiment live = new LiveExperiment(twoArms().build(), clock, FlagSource.NONE);
        int users = 20_000;
        String[] before = new String[users];
        for (int u = 0; u < users; u++) {
            before[u] = live.assign("user-" + u).assigned().orElseThrow().id();
        }
        live.rollOut(StagedRollout.articlePlan("treatment", START.plus(Duration.ofHours(1))));
        double[] expectedShare = {0.5, 0.75, 0.95, 1.0};
        Duration[] at = {Duration.ZERO, Duration.ofHours(2), Duration.ofHours(26), Duration.ofHours(74)};
        for (int stage = 0; stage < at.length; stage++) {
            clock.set(START.plus(at[stage]));
            int onWinner = 0;
            for (int u = 0; u < users; u++) {
                String now = live.assign("user-" + u).assigned().orElseThrow().id();
                if (before[u].equals("treatment")) {
                    assertThat(now).as("user-%d at stage %d", u, stage).isEqualTo("treatment");
                }
                onWinner += now.equals("treatment") ? 1 : 0;
                before[u] = now;
            }
            assertThat(onWinner / (double) users).as("stage %d", stage).isCloseTo(expectedShare[stage], within(0.015));
        }
    }
}
