package dev.evalunit.bucketing;

/**
 * The pure hashing of one experiment definition: which variant a unit (user id, session id) falls into,
 * ignoring dates, flags and pauses. {@link LiveExperiment} adds those and answers callers with the sealed
 * {@link Assignment}; the int result with its two sentinels stays inside this package, where it keeps
 * {@link LiveExperiment#assign} allocation-free. Implementations are immutable and thread-safe.
 */
sealed interface Bucketer permits SeedCompatibleBucketer, StableBucketer {

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
