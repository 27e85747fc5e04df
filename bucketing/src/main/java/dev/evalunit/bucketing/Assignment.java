package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.VariantConfig;
import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** The outcome of assigning one unit to one experiment: a variant, or the reason there is none. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Assignment permits Assignment.InExperiment, Assignment.Excluded {

    /** The experiment asked about. */
    String experimentId();

    /** The variant, when the unit is in the experiment. */
    Optional<VariantDefinition> assigned();

    /** The config to run: the variant's when assigned, {@code fallback} (the default config) otherwise. */
    default VariantConfig configOr(VariantConfig fallback) {
        return assigned().map(VariantDefinition::config).orElse(fallback);
    }

    /**
     * The unit is in the experiment.
     *
     * @param experimentId the experiment
     * @param variant      the unit's arm
     * @param phase        the experiment phase that assigned it; its outcomes belong to this phase
     */
    record InExperiment(String experimentId, VariantDefinition variant, int phase) implements Assignment {
        public InExperiment {
            Objects.requireNonNull(experimentId, "experimentId");
            Objects.requireNonNull(variant, "variant");
            if (phase < 1) {
                throw new IllegalArgumentException("phase must be >= 1, was " + phase);
            }
        }

        /** An assignment in phase 1. */
        public InExperiment(String experimentId, VariantDefinition variant) {
            this(experimentId, variant, 1);
        }

        @Override
        public Optional<VariantDefinition> assigned() {
            return Optional.of(variant);
        }
    }

    /**
     * The unit runs the default config.
     *
     * @param experimentId the experiment
     * @param reason       why
     */
    record Excluded(String experimentId, ExclusionReason reason) implements Assignment {
        public Excluded {
            Objects.requireNonNull(experimentId, "experimentId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<VariantDefinition> assigned() {
            return Optional.empty();
        }
    }
}
