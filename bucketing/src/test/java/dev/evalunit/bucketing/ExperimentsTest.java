package dev.evalunit.bucketing;

import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.analysis.ExperimentAnalyzer;
import dev.evalunit.bucketing.analysis.ExperimentResults;
import dev.evalunit.bucketing.analysis.VariantResults;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.FlagSource;
import dev.evalunit.bucketing.rollout.StagedRollout;
import dev.evalunit.bucketing.safety.Guardrails;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    private static MetricRecorder collectingInto(List<MetricEvent> stored) {
        return new MetricRecorder(batch -> stored.addAll(batch), 100, Duration.ofHours(1), 100_000);
    }

    private static String unitOn(Experiments experiments, String variantId) {
        LiveExperiment live = experiments.get("exp_summarize_v2").orElseThrow();
        for (int i = 0; ; i++) {
            if (live.assign("user-" + i).assigned().orElseThrow().id().equals(variantId)) {
                return "user-" + i;
            }
        }
    }

    @Test
    void aLateOutcomeAfterAPhaseChangeBelongsToThePhaseThatServedIt() {
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        MetricRecorder recorder = collectingInto(stored);
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.of(recorder));
        experiments.register(twoArms(), Guardrails.articleDefaults());
        String onControl = unitOn(experiments, "control");
        String onTreatment = unitOn(experiments, "treatment");
        Assignment.InExperiment servedControl = (Assignment.InExperiment) experiments.assign("exp_summarize_v2", onControl);
        Assignment.InExperiment servedTreatment = (Assignment.InExperiment) experiments.assign("exp_summarize_v2", onTreatment);

        ExperimentDefinition phase2 = twoArms().nextPhase("exp_summarize_v2-phase2").withVariants(List.of(
                twoArms().control(), new VariantDefinition("treatment-b", "treatment-b", 50, VariantConfig.of("p:m3"))));
        experiments.register(phase2);
        // phase-1 requests finishing after the change: one on a variant phase 2 no longer has, one on a shared id
        assertThat(experiments.recordOutcome(servedTreatment, onTreatment, Outcome.failed(30_000))).isEmpty();
        assertThat(experiments.recordOutcome(servedControl, onControl, Outcome.served(400, 0.001))).isEmpty();
        Assignment.InExperiment phase2Unit = (Assignment.InExperiment) experiments.assign("exp_summarize_v2", "user-new");
        experiments.recordOutcome(phase2Unit, "user-new", Outcome.served(300, 0.001));
        recorder.close();

        assertThat(phase2Unit.phase()).isEqualTo(2);
        assertThat(stored).filteredOn(e -> e instanceof MetricEvent.Observed)
                .extracting(MetricEvent::unitId, MetricEvent::phase)
                .containsExactly(tuple(onTreatment, 1), tuple(onControl, 1), tuple("user-new", 2));
        ExperimentResults results = ExperimentAnalyzer.analyze(phase2, stored, AnalysisPlan.ratingDefaults());
        assertThat(results.variants()).extracting(VariantResults::requests).containsExactly(
                phase2Unit.variant().id().equals("control") ? 1L : 0L, phase2Unit.variant().id().equals("control") ? 0L : 1L);
    }

    @Test
    void ratingsAreNotRequestsWhenErrorRatesAreJudged() {
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        MetricRecorder recorder = collectingInto(stored);
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.of(recorder));
        experiments.register(twoArms(), new Guardrails(100, OptionalDouble.of(0.10), OptionalDouble.empty(), OptionalDouble.empty()));
        Assignment.InExperiment treatment = new Assignment.InExperiment("exp_summarize_v2",
                twoArms().variant("treatment").orElseThrow());

        // 15% of requests fail (3 in every 20), and each request is rated afterwards
        Optional<String> breach = Optional.empty();
        for (int i = 0; i < 100 && breach.isEmpty(); i++) {
            experiments.recordOutcome(treatment, "u" + i, i % 20 < 3 ? Outcome.failed(30_000) : Outcome.served(500, 0.001));
            breach = experiments.recordOutcome(treatment, "u" + i, Outcome.rated(4));
        }
        recorder.close();

        assertThat(breach).hasValue("guardrail: experiment 'exp_summarize_v2' variant 'treatment' error rate 15.0% > 10.0% "
                + "over 100 requests");
        VariantResults results = ExperimentAnalyzer.analyze(twoArms(), stored, AnalysisPlan.ratingDefaults())
                .variants().get(1);
        assertThat(results.requests()).isEqualTo(100);
        assertThat(results.errorRate()).isEqualTo(0.15);
        assertThat(Outcome.rated(4).isRequest()).isFalse();
        assertThat(Outcome.converted(true).isRequest()).isFalse();
        assertThat(Outcome.failed(10).isRequest()).isTrue();
    }

    @Test
    void aResumeStartsAFreshHealthWindow() {
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.empty());
        LiveExperiment live = experiments.register(twoArms(),
                new Guardrails(100, OptionalDouble.of(0.10), OptionalDouble.empty(), OptionalDouble.empty()));
        Assignment.InExperiment treatment = new Assignment.InExperiment("exp_summarize_v2",
                twoArms().variant("treatment").orElseThrow());
        for (int i = 0; i < 100; i++) {
            experiments.recordOutcome(treatment, "u" + i, i % 4 == 0 ? Outcome.failed(30_000) : Outcome.served(500, 0.001));
        }
        Pause pause = live.pauseState().orElseThrow();

        clock.advance(Duration.ofMinutes(30));
        live.resume();
        assertThat(live.lastResumption()).hasValue(new Resumption(pause, clock.instant()));
        for (int i = 0; i < 500; i++) {
            assertThat(experiments.recordOutcome(treatment, "v" + i, Outcome.served(500, 0.001))).as("outcome " + i).isEmpty();
        }
        assertThat(live.pauseState()).isEmpty();

        Optional<String> breach = Optional.empty();
        for (int i = 0; i < 200 && breach.isEmpty(); i++) {
            breach = experiments.recordOutcome(treatment, "w" + i, Outcome.failed(30_000));
        }
        assertThat(breach).hasValueSatisfying(reason -> assertThat(reason)
                .contains("error rate ").endsWith(" since the resume at 2026-02-03T10:30:00Z"));
    }

    @Test
    void stickyAssignmentsRecordTheVariantServedNotTheOneHashed() {
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        MetricRecorder recorder = collectingInto(stored);
        Experiments experiments = new Experiments(clock, FlagSource.NONE, Optional.of(recorder));
        LiveExperiment live = experiments.register(twoArms());
        StickyAssignments sticky = new StickyAssignments(experiments, new InMemoryAssignmentStore(clock, Duration.ofDays(30)));
        for (int s = 0; s < 1000; s++) {
            sticky.assign("exp_summarize_v2", "session-" + s);
        }
        live.rollOut(StagedRollout.articlePlan("treatment", clock.instant()));
        recorder.flush();
        stored.clear();

        Map<String, String> served = new HashMap<>();
        int rehashed = 0;
        for (int s = 0; s < 1000; s++) {
            String session = "session-" + s;
            served.put(session, sticky.assign("exp_summarize_v2", session).assigned().orElseThrow().id());
            rehashed += live.assign(session).assigned().orElseThrow().id().equals(served.get(session)) ? 0 : 1;
        }
        recorder.close();

        assertThat(rehashed).as("sessions the 75% rollout hashes elsewhere").isGreaterThan(100);
        assertThat(stored).hasSize(1000).allSatisfy(event -> assertThat(event.variantId())
                .as(event.unitId()).isEqualTo(served.get(event.unitId())));
    }
}
