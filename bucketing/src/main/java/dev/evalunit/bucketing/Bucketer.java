package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The pure hashing of one experiment definition: which variant a unit (user id, session id) falls into,
 * ignoring dates, flags and pauses. {@link LiveExperiment} adds those. Implementations are immutable,
 * thread-safe and allocation-free in stable mode.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Bucketer permits SeedCompatibleBucketer, StableBucketer {

    /** Returned by {@link #variantIndex} for a unit in the holdback range. */
    int HOLDBACK = -1;
    /** Returned by {@link #variantIndex} for a unit outside the target traffic. */
    int NOT_IN_TRAFFIC = -2;

    /** The bucketer of {@code definition}'s mode. */
    static Bucketer of(ExperimentDefinition definition) {
        return switch (definition.mode()) {
            case SEED_COMPATIBLE -> new SeedCompatibleBucketer(definition);
            case STABLE -> new StableBucketer(definition);
        };
    }

    /**
     * The index of the unit's variant in the definition, or {@link #HOLDBACK} or {@link #NOT_IN_TRAFFIC}.
     *
     * @param targetPercent the traffic share now in force (the definition's, or a rollout schedule's)
     */
    int variantIndex(String unitId, double targetPercent);
}
