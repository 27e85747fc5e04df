package dev.evalunit.bucketing;

import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.FlagSource;
import dev.evalunit.bucketing.safety.Guardrails;
import org.apiguardian.api.API;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The registry a service holds: its live experiments by id, one clock and kill switch for all, and
 * optionally a metric recorder and guardrails (checked every {@value #GUARDRAIL_CHECK_EVERY} outcomes).
 * {@link #assign} records an exposure event for units in an
 * experiment; {@link #recordOutcome} records the outcome and feeds the guardrails, which pause the
 * experiment on a breach. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Experiments {

    /** Guardrails are checked after every this many outcomes of an experiment (and the p95 recomputed). */
    public static final int GUARDRAIL_CHECK_EVERY = 50;

    private final Clock clock;
    private final FlagSource flags;
    private final Optional<MetricRecorder> recorder;
    private final ConcurrentHashMap<String, Registered> experiments = new ConcurrentHashMap<>();

    /**
     * @param clock    the clock for dates, schedules, rollouts and event timestamps
     * @param flags    the kill switch
     * @param recorder where assignment and outcome events go, if anywhere
     */
    public Experiments(Clock clock, FlagSource flags, Optional<MetricRecorder> recorder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.flags = Objects.requireNonNull(flags, "flags");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * Registers a new experiment, or updates a registered one under the live-change rule of
     * {@link LiveExperiment#update}.
     */
    public LiveExperiment register(ExperimentDefinition definition) {
        return register(definition, Optional.empty());
    }

    /** As {@link #register(ExperimentDefinition)}, pausing the experiment when a guardrail is crossed. */
    public LiveExperiment register(ExperimentDefinition definition, Guardrails guardrails) {
        return register(definition, Optional.of(guardrails));
    }

    private LiveExperiment register(ExperimentDefinition definition, Optional<Guardrails> guardrails) {
        Registered registered = experiments.compute(definition.id(), (id, existing) -> {
            LiveExperiment live = existing == null ? new LiveExperiment(definition, clock, flags) : existing.live;
            int previousPhase = live.definition().phase();
            if (existing != null) {
                live.update(definition);
            }
            Optional<Guardrails> bounds = guardrails.isPresent() ? guardrails
                    : Optional.ofNullable(existing).flatMap(e -> e.guardrails);
            Optional<GuardrailMonitor> monitor = existing != null && previousPhase == definition.phase()
                    && bounds.equals(existing.guardrails) ? existing.monitor
                    : bounds.map(b -> new GuardrailMonitor(live, b, GUARDRAIL_CHECK_EVERY));
            return new Registered(live, bounds, monitor);
        });
        return registered.live;
    }

    /** The live experiment with {@code experimentId}. */
    public Optional<LiveExperiment> get(String experimentId) {
        return Optional.ofNullable(experiments.get(experimentId)).map(r -> r.live);
    }

    /** Assigns the unit and, when it is in the experiment and a recorder is set, records the exposure. */
    public Assignment assign(String experimentId, String unitId) {
        Assignment assignment = assignUnrecorded(experimentId, unitId);
        if (assignment instanceof Assignment.InExperiment in) {
            recordExposure(in, unitId);
        }
        return assignment;
    }

    /** The hash's assignment, for callers that may serve another variant and record that one instead. */
    Assignment assignUnrecorded(String experimentId, String unitId) {
        Registered registered = experiments.get(experimentId);
        return registered == null ? new Assignment.Excluded(experimentId, ExclusionReason.UNKNOWN_EXPERIMENT)
                : registered.live.assign(unitId);
    }

    /** Records that the unit was served {@code served}, in the phase that assigned it. */
    void recordExposure(Assignment.InExperiment served, String unitId) {
        recorder.ifPresent(r -> r.record(new MetricEvent.Assigned(served.experimentId(), served.phase(),
                served.variant().id(), unitId, clock.instant())));
    }

    /**
     * Records an outcome of a unit's request on its variant, in the phase of the assignment (an outcome that
     * arrives after a phase change still belongs to the phase that served it), and checks the guardrails of
     * the phase in force; a late outcome of an earlier phase is recorded but judges nothing.
     *
     * @return the guardrail breach that paused the experiment, if this outcome caused one
     */
    public Optional<String> recordOutcome(Assignment.InExperiment assignment, String unitId, Outcome outcome) {
        Registered registered = experiments.get(assignment.experimentId());
        if (registered == null) {
            throw new IllegalArgumentException("no experiment '" + assignment.experimentId() + "' is registered");
        }
        recorder.ifPresent(r -> r.record(new MetricEvent.Observed(assignment.experimentId(), assignment.phase(),
                assignment.variant().id(), unitId, clock.instant(), outcome)));
        if (assignment.phase() != registered.live.definition().phase()) {
            return Optional.empty();
        }
        return registered.monitor.flatMap(m -> m.record(assignment.variant().id(), outcome));
    }

    private record Registered(LiveExperiment live, Optional<Guardrails> guardrails, Optional<GuardrailMonitor> monitor) {
    }
}
