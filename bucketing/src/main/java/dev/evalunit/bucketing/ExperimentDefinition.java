package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An online experiment: its variants with weights and configs, whether and when it runs, how much traffic
 * it takes and how units are hashed. The first variant is the control. Build one in code with
 * {@link #builder(String)}, from JSON with {@link ExperimentDefinitions}, or from the engine's verdict with
 * {@link #fromWinner(WinnerFile, Allow...)}.
 *
 * @param id            the experiment id (part of the hash input in seed-compatible mode)
 * @param name          display name
 * @param mode          how units are hashed
 * @param phase         the phase number, starting at 1; a change of variants needs a new phase and salt
 * @param salt          the stable-mode hash salt (unused in seed-compatible mode)
 * @param variants      the arms, control first; ids unique, weights positive
 * @param active        whether the experiment assigns anyone
 * @param startDate     no unit is assigned before this instant, when set
 * @param endDate       no unit is assigned after this instant, when set
 * @param targetPercent share of (non-held-back) units in the experiment, in [0, 100]
 * @param holdback      units kept out of the experiment on the baseline, when set
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExperimentDefinition(String id, String name, BucketingMode mode, int phase, String salt,
                                   List<VariantDefinition> variants, boolean active, Optional<Instant> startDate,
                                   Optional<Instant> endDate, double targetPercent, Optional<Holdback> holdback) {

    /** The most variants one experiment may have. */
    public static final int MAX_VARIANTS = 100;

    public ExperimentDefinition {
        requireText("id", id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        if (phase < 1) {
            throw new InvalidConfigException("phase", "must be >= 1, was " + phase);
        }
        requireText("salt", salt);
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        if (variants.isEmpty()) {
            throw new InvalidConfigException("variants", "must name at least one variant");
        }
        if (variants.size() > MAX_VARIANTS) {
            throw new InvalidConfigException("variants", "has " + variants.size() + " variants, at most "
                    + MAX_VARIANTS + " are allowed");
        }
        Map<String, Integer> seen = new HashMap<>();
        double total = 0;
        for (int i = 0; i < variants.size(); i++) {
            Integer earlier = seen.putIfAbsent(variants.get(i).id(), i);
            if (earlier != null) {
                throw new InvalidConfigException("variants[" + i + "].id", "duplicates '" + variants.get(i).id()
                        + "' of variants[" + earlier + "]; variant ids must be unique");
            }
            total += variants.get(i).weight();
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new InvalidConfigException("variants", "weights must sum to a finite positive number, sum to " + total);
        }
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (startDate.isPresent() && endDate.isPresent() && !endDate.get().isAfter(startDate.get())) {
            throw new InvalidConfigException("endDate", "must be after startDate, was " + endDate.get()
                    + " <= " + startDate.get());
        }
        if (!(targetPercent >= 0 && targetPercent <= 100)) {
            throw new InvalidConfigException("targetPercent", "must be in [0, 100], was " + targetPercent);
        }
        Objects.requireNonNull(holdback, "holdback");
    }

    /** A builder for a stable-mode, active, 100%-traffic experiment whose salt is its id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** What {@link #fromWinner} accepts only when the caller says so. */
    public enum Allow {
        /** A verdict from a run whose models were simulated (tests, demos): it says nothing about the real models. */
        SIMULATED,
        /** A {@code KEEP_CONTROL} verdict: the treatment did worse offline, so users would get the worse config. */
        KEEP_CONTROL
    }

    /**
     * The online experiment that follows an offline verdict: control = the baseline config, treatment = the
     * winner, split 50/50, stable mode, all traffic. Variant ids are the suite's.
     *
     * @param allowed what to accept although it does not belong in production
     * @throws IllegalArgumentException when the verdict comes from simulated models or is {@code KEEP_CONTROL}
     *                                  and the matching {@link Allow} is not given; the message names both
     */
    public static ExperimentDefinition fromWinner(WinnerFile winner, Allow... allowed) {
        EnumSet<Allow> allow = EnumSet.noneOf(Allow.class);
        allow.addAll(List.of(allowed));
        String run = "run " + winner.runId() + " of suite " + winner.suiteId();
        if (winner.simulated() && !allow.contains(Allow.SIMULATED)) {
            throw new IllegalArgumentException("winner of experiment '" + winner.experimentId() + "' comes from " + run
                    + ", whose models were simulated (providers " + String.join(", ", winner.simulatedProviders())
                    + "): it says nothing about the real models. Run the suite against the real providers, or pass "
                    + "ExperimentDefinition.Allow.SIMULATED to fromWinner to use it anyway (tests, demos)");
        }
        if (winner.decision() == TreatmentVerdict.KEEP_CONTROL && !allow.contains(Allow.KEEP_CONTROL)) {
            throw new IllegalArgumentException("winner of experiment '" + winner.experimentId() + "' from " + run
                    + " is KEEP_CONTROL: treatment '" + winner.winner().variantId() + "' did worse than '"
                    + winner.baseline().variantId() + "' on " + winner.evidence().metric() + ", so an experiment "
                    + "would give users the worse config. Pass ExperimentDefinition.Allow.KEEP_CONTROL to fromWinner "
                    + "to start it anyway");
        }
        return builder(winner.experimentId())
                .name(winner.experimentId() + " (from run " + winner.runId() + " of suite " + winner.suiteId() + ")")
                .variant(winner.baseline().variantId(), 50, winner.baseline().config())
                .variant(winner.winner().variantId(), 50, winner.winner().config())
                .build();
    }

    /** The control arm: the first variant. */
    public VariantDefinition control() {
        return variants.get(0);
    }

    /** The variant with {@code variantId}, if any. */
    public Optional<VariantDefinition> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    public ExperimentDefinition withActive(boolean value) {
        return new ExperimentDefinition(id, name, mode, phase, salt, variants, value, startDate, endDate, targetPercent, holdback);
    }

    public ExperimentDefinition withTargetPercent(double value) {
        return new ExperimentDefinition(id, name, mode, phase, salt, variants, active, startDate, endDate, value, holdback);
    }

    public ExperimentDefinition withEndDate(Instant value) {
        return new ExperimentDefinition(id, name, mode, phase, salt, variants, active, startDate, Optional.of(value), targetPercent, holdback);
    }

    public ExperimentDefinition withVariants(List<VariantDefinition> value) {
        return new ExperimentDefinition(id, name, mode, phase, salt, value, active, startDate, endDate, targetPercent, holdback);
    }

    /** The next phase with a new salt, the only way to change a live experiment's variants. */
    public ExperimentDefinition nextPhase(String newSalt) {
        return new ExperimentDefinition(id, name, mode, phase + 1, newSalt, variants, active, startDate, endDate, targetPercent, holdback);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(field, "must be a non-blank string");
        }
    }

    /** Builds an {@link ExperimentDefinition}; defaults: stable mode, phase 1, salt = id, active, 100%. */
    public static final class Builder {
        private final String id;
        private String name;
        private BucketingMode mode = BucketingMode.STABLE;
        private int phase = 1;
        private String salt;
        private final List<VariantDefinition> variants = new ArrayList<>();
        private boolean active = true;
        private Optional<Instant> startDate = Optional.empty();
        private Optional<Instant> endDate = Optional.empty();
        private double targetPercent = 100;
        private Optional<Holdback> holdback = Optional.empty();

        private Builder(String id) {
            this.id = id;
            this.name = id;
            this.salt = id;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder mode(BucketingMode value) {
            this.mode = value;
            return this;
        }

        public Builder phase(int value, String phaseSalt) {
            this.phase = value;
            this.salt = phaseSalt;
            return this;
        }

        /** Adds a variant whose display name is its id. */
        public Builder variant(String variantId, double weight, VariantConfig config) {
            try {
                variants.add(new VariantDefinition(variantId, variantId, weight, config));
            } catch (InvalidConfigException e) {
                throw e.locatedIn("experiment '" + id + "'", "variants[" + variants.size() + "]");
            }
            return this;
        }

        public Builder variant(VariantDefinition variant) {
            variants.add(variant);
            return this;
        }

        public Builder active(boolean value) {
            this.active = value;
            return this;
        }

        public Builder startDate(Instant value) {
            this.startDate = Optional.of(value);
            return this;
        }

        public Builder endDate(Instant value) {
            this.endDate = Optional.of(value);
            return this;
        }

        public Builder targetPercent(double value) {
            this.targetPercent = value;
            return this;
        }

        public Builder holdback(Holdback value) {
            this.holdback = Optional.of(value);
            return this;
        }

        public ExperimentDefinition build() {
            return new ExperimentDefinition(id, name, mode, phase, salt, variants, active, startDate, endDate,
                    targetPercent, holdback);
        }
    }
}
