package dev.evalunit.web;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.AssignmentStore;
import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.Experiments;
import dev.evalunit.bucketing.LiveExperiment;
import dev.evalunit.bucketing.Pause;
import dev.evalunit.bucketing.StickyAssignments;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.rollout.StagedRollout;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.web.analysis.OnlineResults;
import dev.evalunit.web.analysis.TotalsSource;
import org.apiguardian.api.API;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The experiments one service instance runs, wired to its stores: assignment (sticky when an
 * {@link AssignmentStore} is given), the shared kill switch and pauses of an {@link ExperimentControl},
 * exposure counts, outcome recording with guardrails (a breach pauses the experiment on every instance),
 * and results from a {@link TotalsSource}. What the filter, the handlers and the admin endpoints share.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ServedExperiments implements AutoCloseable {

    private final Clock clock;
    private final Experiments experiments;
    private final ExperimentControl control;
    private final Optional<StickyAssignments> sticky;
    private final ExposureCounter exposures;
    private final Optional<MetricRecorder> recorder;
    private final TotalsSource totals;
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final List<AutoCloseable> resources = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param clock     the clock of dates, rollouts and events
     * @param control   the kill switch and pauses
     * @param store     where sticky assignments live, if they should stick beyond the hash
     * @param exposures the exposure counter
     * @param recorder  where assignment and outcome events go
     * @param totals    where the results are summed from (the recorder's sink, seen from the analysis side)
     */
    public ServedExperiments(Clock clock, ExperimentControl control, Optional<AssignmentStore> store,
                             ExposureCounter exposures, Optional<MetricRecorder> recorder, TotalsSource totals) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.control = Objects.requireNonNull(control, "control");
        this.exposures = Objects.requireNonNull(exposures, "exposures");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.experiments = new Experiments(clock, control, recorder);
        this.sticky = store.map(s -> new StickyAssignments(experiments, s));
    }

    /** How a registered experiment is run and judged. */
    record Registration(LiveExperiment live, AnalysisPlan plan, Optional<Guardrails> guardrails,
                        Optional<StagedRollout> rollout) {
    }

    /** Runs {@code definition}, decided under {@code plan}, paused by {@code guardrails} when given. */
    public LiveExperiment register(ExperimentDefinition definition, AnalysisPlan plan, Optional<Guardrails> guardrails) {
        LiveExperiment live = guardrails.isPresent() ? experiments.register(definition, guardrails.get())
                : experiments.register(definition);
        registrations.put(definition.id(), new Registration(live, plan, guardrails, Optional.empty()));
        return live;
    }

    /** Rolls the winner of a registered experiment out stage by stage (see {@link LiveExperiment#rollOut}). */
    public void rollOut(String experimentId, StagedRollout rollout) {
        Registration registration = registration(experimentId);
        registration.live().rollOut(rollout);
        registrations.put(experimentId, new Registration(registration.live(), registration.plan(),
                registration.guardrails(), Optional.of(rollout)));
    }

    /** The ids of the registered experiments, in no particular order. */
    public List<String> ids() {
        return new ArrayList<>(registrations.keySet());
    }

    /** The unit's assignment; counts an exposure when it is in the experiment. */
    public Assignment assign(String experimentId, String unitId) {
        Registration registration = registrations.get(experimentId);
        if (registration == null) {
            return new Assignment.Excluded(experimentId, ExclusionReason.UNKNOWN_EXPERIMENT);
        }
        LiveExperiment live = registration.live();
        if (control.pauseState(experimentId).isPresent()) {
            return new Assignment.Excluded(experimentId, ExclusionReason.PAUSED);
        }
        if (live.pauseState().isPresent()) {
            // a guardrail here paused it and published the pause; the shared pause is gone, so it was resumed
            live.resume();
        }
        Assignment assignment = sticky.isPresent() ? sticky.get().assign(experimentId, unitId)
                : experiments.assign(experimentId, unitId);
        if (assignment instanceof Assignment.InExperiment in) {
            exposures.increment(experimentId, live.definition().phase(), in.variant().id());
        }
        return assignment;
    }

    /** Records an outcome; a guardrail breach it causes pauses the experiment on every instance. */
    public Optional<String> recordOutcome(Assignment.InExperiment assignment, String unitId, Outcome outcome) {
        Optional<String> breach = experiments.recordOutcome(assignment, unitId, outcome);
        breach.ifPresent(reason -> control.pause(assignment.experimentId(), new Pause(reason, clock.instant())));
        return breach;
    }

    /** Stops assigning everywhere. */
    public void kill(String experimentId) {
        registration(experimentId);
        control.kill(experimentId);
    }

    /** Lets a killed experiment assign again. */
    public void revive(String experimentId) {
        registration(experimentId);
        control.revive(experimentId);
    }

    /** Pauses everywhere. */
    public void pause(String experimentId, String reason) {
        registration(experimentId);
        control.pause(experimentId, new Pause(reason, clock.instant()));
    }

    /** Resumes everywhere. */
    public void resume(String experimentId) {
        registration(experimentId).live().resume();
        control.resume(experimentId);
    }

    /** What the admin listing shows of one experiment. */
    public ExperimentStatus status(String experimentId) {
        Registration registration = registration(experimentId);
        ExperimentDefinition definition = registration.live().definition();
        Optional<Pause> pause = control.pauseState(experimentId).or(() -> registration.live().pauseState());
        Optional<Integer> stage = registration.rollout().map(r -> r.stageAt(clock.millis()));
        return new ExperimentStatus(definition, control.isKilled(experimentId), pause, stage,
                registration.rollout(), registration.guardrails(), exposures.counts(experimentId, definition.phase()));
    }

    /** The results of the experiment's current phase. */
    public OnlineResults results(String experimentId) {
        Registration registration = registration(experimentId);
        ExperimentDefinition definition = registration.live().definition();
        recorder.ifPresent(MetricRecorder::flush);
        return OnlineResults.analyze(definition, totals.totals(experimentId, definition.phase()), registration.plan());
    }

    /** Whether {@code experimentId} is registered. */
    public boolean contains(String experimentId) {
        return registrations.containsKey(experimentId);
    }

    private Registration registration(String experimentId) {
        Registration registration = registrations.get(experimentId);
        if (registration == null) {
            throw new UnknownExperimentException(experimentId, registrations.keySet());
        }
        return registration;
    }

    /** Closes {@code resource} (a connection the stores share) after the stores, on {@link #close()}. */
    ServedExperiments closing(AutoCloseable resource) {
        resources.add(resource);
        return this;
    }

    /** Closes the recorder (one last delivery), the counter, the control and the connections behind them. */
    @Override
    public void close() {
        recorder.ifPresent(MetricRecorder::close);
        exposures.close();
        control.close();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + resource.getClass().getSimpleName() + " failed: "
                        + e.getMessage(), e);
            }
        }
    }
}
