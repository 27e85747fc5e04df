package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.FlagSource;
import dev.evalunit.bucketing.safety.Guardrails;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-03T10:00:00Z"));

    private static ExperimentDefinition twoArms() {
        return ExperimentDefinition.builder("exp_summarize_v2")
                .variant("control", 50, VariantConfig.of("anthropic:claude-sonnet-4-20250514"))
                .variant("treatment", 50, VariantConfig.of("anthropic:claude-haiku-4-20250514"))
                .build();
    }

    @Test
    void aGuardrailPausesTheExperimentOnlyAfterTheMinimumSampleAndRecordsWhy() {
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.empty());
        experiments.register(twoArms(), Guardrails.articleDefaults());
        Assignment.InExperiment treatment = new Assignment.InExperiment("exp_summarize_v2",
                twoArms().variant("treatment").orElseThrow());
        Assignment.InExperiment control = new Assignment.InExperiment("exp_summarize_v2", twoArms().control());

        Optional<String> breach = Optional.empty();
        int outcomes = 0;
        // every fourth treatment call fails: 25% errors, but judged only from 100 requests on
        while (breach.isEmpty()) {
            outcomes++;
            experiments.recordOutcome(control, "c-" + outcomes, Outcome.served(400, 0.001));
            breach = experiments.recordOutcome(treatment, "t-" + outcomes,
                    outcomes % 4 == 0 ? Outcome.failed(30_000) : Outcome.served(500, 0.001));
            assertThat(outcomes).isLessThan(200);
        }
        assertThat(outcomes).isGreaterThanOrEqualTo(100);
        LiveExperiment live = experiments.get("exp_summarize_v2").orElseThrow();
        assertThat(live.pauseState()).isPresent();
        assertThat(live.pauseState().get().reason())
                .isEqualTo(breach.get())
                .startsWith("guardrail: experiment 'exp_summarize_v2' variant 'treatment' error rate 25.0% > 10.0% over ");
        assertThat(experiments.assign("exp_summarize_v2", "anyone"))
                .isEqualTo(new Assignment.Excluded("exp_summarize_v2", ExclusionReason.PAUSED));
    }

    @Test
    void latencyAndRatingGuardrailsNameTheirBound() {
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.empty());
        experiments.register(twoArms(), new Guardrails(50, OptionalDouble.empty(), OptionalDouble.of(5000), OptionalDouble.of(3.0)));
        Assignment.InExperiment control = new Assignment.InExperiment("exp_summarize_v2", twoArms().control());
        Optional<String> breach = Optional.empty();
        for (int i = 0; i < 100 && breach.isEmpty(); i++) {
            breach = experiments.recordOutcome(control, "u" + i, Outcome.served(i % 10 == 0 ? 9000 : 6000, 0.001));
        }
        assertThat(breach).hasValueSatisfying(reason -> assertThat(reason).contains("variant 'control' latency p95 ")
                .contains("ms > 5000 ms over the last 50 requests"));

        Experiments rated = new Experiments(clock, FlagSource.NONE, Optional.empty());
        rated.register(twoArms(), new Guardrails(50, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(3.0)));
        breach = Optional.empty();
        for (int i = 0; i < 100 && breach.isEmpty(); i++) {
            breach = rated.recordOutcome(control, "u" + i, Outcome.rated(i % 2 == 0 ? 2 : 3));
        }
        assertThat(breach).hasValue("guardrail: experiment 'exp_summarize_v2' variant 'control' mean rating 2.50 < 3.00 over 50 ratings");
    }

    @Test
    void assignmentsAndOutcomesAreRecordedWithThePhase() {
        List<MetricEvent> stored = new ArrayList<>();
        MetricRecorder recorder = new MetricRecorder(stored::addAll, 100, Duration.ofHours(1), 1000);
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.of(recorder));
        experiments.register(twoArms());

        Assignment assignment = experiments.assign("exp_summarize_v2", "user123");
        experiments.recordOutcome((Assignment.InExperiment) assignment, "user123", Outcome.rated(5));
        assertThat(experiments.assign("nope", "user123"))
                .isEqualTo(new Assignment.Excluded("nope", ExclusionReason.UNKNOWN_EXPERIMENT));
        recorder.close();

        String variant = assignment.assigned().orElseThrow().id();
        assertThat(stored).containsExactly(
                new MetricEvent.Assigned("exp_summarize_v2", 1, variant, "user123", clock.instant()),
                new MetricEvent.Observed("exp_summarize_v2", 1, variant, "user123", clock.instant(), Outcome.rated(5)));
    }

    @Test
    void stickyAssignmentsSurviveARehashButNotTheKillSwitch() {
        dev.evalunit.bucketing.safety.InMemoryFlagSource flags = new dev.evalunit.bucketing.safety.InMemoryFlagSource();
        Experiments experiments = new Experiments(clock, flags, Optional.empty());
        experiments.register(twoArms().withTargetPercent(100));
        StickyAssignments sticky = new StickyAssignments(experiments, new InMemoryAssignmentStore(clock, Duration.ofDays(30)));

        List<String> first = new ArrayList<>();
        for (int s = 0; s < 200; s++) {
            first.add(sticky.assign("exp_summarize_v2", "session-" + s).assigned().orElseThrow().id());
        }
        experiments.register(twoArms().withTargetPercent(10));
        for (int s = 0; s < 200; s++) {
            assertThat(sticky.assign("exp_summarize_v2", "session-" + s).assigned().orElseThrow().id()).isEqualTo(first.get(s));
        }
        assertThat(sticky.assign("exp_summarize_v2", "new-session-1").assigned()).isEmpty();

        flags.kill("exp_summarize_v2");
        assertThat(sticky.assign("exp_summarize_v2", "session-0"))
                .isEqualTo(new Assignment.Excluded("exp_summarize_v2", ExclusionReason.KILLED));
        flags.revive("exp_summarize_v2");

        clock.advance(Duration.ofDays(31));
        int lost = 0;
        for (int s = 0; s < 200; s++) {
            lost += sticky.assign("exp_summarize_v2", "session-" + s).assigned().isEmpty() ? 1 : 0;
        }
        assertThat(lost).as("after the time to live only the 10% traffic hash counts").isGreaterThan(150);
    }
}
