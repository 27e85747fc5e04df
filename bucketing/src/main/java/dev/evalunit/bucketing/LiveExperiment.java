package dev.evalunit.bucketing;

import dev.evalunit.bucketing.rollout.GraduatedRollout;
import dev.evalunit.bucketing.rollout.StagedRollout;
import dev.evalunit.bucketing.safety.FlagSource;
import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A running experiment: its definition plus what changes while it runs (kill switch, pause, traffic
 * schedule, staged rollout). {@link #assign} checks, in order: active flag, start and end dates, kill
 * switch, pause, holdback, traffic, split. It reads the clock and the flag source on every call and
 * returns preallocated results, so it allocates nothing in stable mode. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LiveExperiment {

    private final Clock clock;
    private final FlagSource flags;
    private final AtomicReference<Pause> pause = new AtomicReference<>();
    private final AtomicReference<Resumption> lastResumption = new AtomicReference<>();
    private volatile Plan plan;

    /**
     * @param definition the experiment
     * @param clock      the clock for dates, schedules and rollouts
     * @param flags      the kill switch, consulted on every assignment
     */
    public LiveExperiment(ExperimentDefinition definition, Clock clock, FlagSource flags) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.flags = Objects.requireNonNull(flags, "flags");
        this.plan = new Plan(definition, null, null);
    }

    /** The unit's assignment now. */
    public Assignment assign(String unitId) {
        Plan current = plan;
        ExperimentDefinition definition = current.definition;
        // the clock is read only when something depends on it: a date, a schedule or a rollout
        long now = current.readsClock ? clock.millis() : 0;
        if (!definition.active()) {
            return current.excluded[ExclusionReason.INACTIVE.ordinal()];
        }
        if (now < current.startMillis) {
            return current.excluded[ExclusionReason.NOT_STARTED.ordinal()];
        }
        if (now > current.endMillis) {
            return current.excluded[ExclusionReason.ENDED.ordinal()];
        }
        if (flags.isKilled(definition.id())) {
            return current.excluded[ExclusionReason.KILLED.ordinal()];
        }
        if (pause.get() != null) {
            return current.excluded[ExclusionReason.PAUSED.ordinal()];
        }
        double target = current.schedule == null ? definition.targetPercent() : current.schedule.percentAt(now);
        int index = current.bucketerAt(now).variantIndex(unitId, target);
        if (index >= 0) {
            return current.assigned[index];
        }
        return current.excluded[(index == Bucketer.HOLDBACK ? ExclusionReason.HOLDBACK : ExclusionReason.NOT_IN_TRAFFIC).ordinal()];
    }

    /** The definition in force. */
    public ExperimentDefinition definition() {
        return plan.definition;
    }

    /**
     * Replaces the definition. Flags, dates and traffic may change freely; the variants (ids, weights,
     * configs, order), the salt and the mode of an active experiment may only change together with a new
     * phase and a new salt ({@link ExperimentDefinition#nextPhase}), so nobody is moved between arms
     * silently.
     *
     * @throws LiveExperimentChangeException when that rule is broken
     */
    public synchronized void update(ExperimentDefinition next) {
        ExperimentDefinition current = plan.definition;
        LiveChangeGuard.check(current, next);
        boolean rebucketed = next.phase() != current.phase();
        plan = new Plan(next, plan.schedule, rebucketed ? null : plan.rollout);
    }

    /** Lets the traffic percent follow {@code schedule} instead of the definition's target. */
    public synchronized void followSchedule(GraduatedRollout schedule) {
        plan = new Plan(plan.definition, Objects.requireNonNull(schedule, "schedule"), plan.rollout);
    }

    /**
     * Rolls the winner out stage by stage; ramping only moves units from the other variants to the winner,
     * so a unit on the winner never leaves it. Stable mode moves split buckets; seed-compatible mode reweights
     * as the source article's {@code RolloutController} does, which is refused where it would also move units
     * between two losing variants (see {@code SeedCompatibleBucketer#rampedTo}).
     *
     * @throws IllegalArgumentException when the winner is not a variant or a seed-compatible ramp would move
     *                                  units between losing variants
     */
    public synchronized void rollOut(StagedRollout rollout) {
        plan = new Plan(plan.definition, plan.schedule, Objects.requireNonNull(rollout, "rollout"));
    }

    /**
     * Pauses the experiment (every unit gets {@link ExclusionReason#PAUSED}) unless it is already paused.
     *
     * @return whether this call paused it
     */
    public boolean pause(String reason) {
        return pause.compareAndSet(null, new Pause(reason, clock.instant()));
    }

    /**
     * Lifts the pause in force, if any, and starts a fresh health window ({@link #lastResumption()}), so the
     * guardrails judge only what happens from now on.
     */
    public void resume() {
        Pause lifted = pause.get();
        if (lifted == null) {
            return;
        }
        // the new window is in place before assignments restart, so no outcome of the resumed run meets old health
        lastResumption.set(new Resumption(lifted, clock.instant()));
        pause.compareAndSet(lifted, null);
    }

    /** The last lifted pause: when the guardrails' health window began. */
    public Optional<Resumption> lastResumption() {
        return Optional.ofNullable(lastResumption.get());
    }

    /** The pause in force, if any. */
    public Optional<Pause> pauseState() {
        return Optional.ofNullable(pause.get());
    }

    /** Everything derived from the definition, swapped as one so a reader never sees half an update. */
    private static final class Plan {
        final ExperimentDefinition definition;
        final GraduatedRollout schedule;
        final StagedRollout rollout;
        final long startMillis;
        final long endMillis;
        final boolean readsClock;
        final Bucketer bucketer;
        final Bucketer[] stageBucketers;
        final Assignment.InExperiment[] assigned;
        final Assignment.Excluded[] excluded;

        Plan(ExperimentDefinition definition, GraduatedRollout schedule, StagedRollout rollout) {
            this.definition = definition;
            this.schedule = schedule;
            this.rollout = rollout;
            this.startMillis = definition.startDate().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            this.endMillis = definition.endDate().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            this.readsClock = startMillis != Long.MIN_VALUE || endMillis != Long.MAX_VALUE || schedule != null
                    || rollout != null;
            this.bucketer = Bucketer.of(definition);
            this.stageBucketers = rollout == null ? new Bucketer[0] : stages(definition, rollout);
            this.assigned = definition.variants().stream()
                    .map(v -> new Assignment.InExperiment(definition.id(), v, definition.phase())).toArray(Assignment.InExperiment[]::new);
            this.excluded = new Assignment.Excluded[ExclusionReason.values().length];
            for (ExclusionReason reason : ExclusionReason.values()) {
                excluded[reason.ordinal()] = new Assignment.Excluded(definition.id(), reason);
            }
        }

        Bucketer bucketerAt(long now) {
            if (stageBucketers.length == 0) {
                return bucketer;
            }
            int stage = rollout.stageAt(now);
            return stage < 0 ? bucketer : stageBucketers[stage];
        }

        private Bucketer[] stages(ExperimentDefinition definition, StagedRollout rollout) {
            int winner = definition.variants().stream().map(VariantDefinition::id).toList()
                    .indexOf(rollout.winnerVariantId());
            if (winner < 0) {
                throw new IllegalArgumentException("rollout winner '" + rollout.winnerVariantId()
                        + "' is not a variant of experiment '" + definition.id() + "'");
            }
            return rollout.stages().stream()
                    .map(stage -> bucketer instanceof StableBucketer stable
                            ? new StableBucketer(definition, stable.allocation().rampedTo(winner, stage.percent()))
                            : ((SeedCompatibleBucketer) bucketer).rampedTo(definition, winner, stage.percent()))
                    .toArray(Bucketer[]::new);
        }
    }
}
