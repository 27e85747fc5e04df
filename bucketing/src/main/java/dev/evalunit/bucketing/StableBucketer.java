package dev.evalunit.bucketing;


/**
 * Stable bucketing: three independent MurmurHash3 (x86, 32-bit, seed 0) hashes of UTF-8 strings, each
 * taken modulo 10000 as an unsigned value:
 * <ul>
 *   <li>holdback: {@code holdbackSalt + ":holdback:" + unitId}, held back when below the holdback range;</li>
 *   <li>traffic: {@code salt + ":traffic:" + unitId}, in the experiment when below
 *       {@code round(targetPercent * 100)};</li>
 *   <li>split: {@code salt + ":split:" + unitId}, looked up in the {@link Allocation} of buckets to variants.</li>
 * </ul>
 * Because the split never looks at the traffic hash, raising the traffic only adds units.
 */
final class StableBucketer implements Bucketer {

    /** The number of buckets on each hash's line. */
    static final int BUCKETS = 10_000;

    private final Murmur3 traffic;
    private final Murmur3 split;
    private final HoldbackRange holdback;
    private final Allocation allocation;

    StableBucketer(ExperimentDefinition definition) {
        this(definition, Allocation.fromWeights(definition.variants().stream().mapToDouble(VariantDefinition::weight).toArray()));
    }

    StableBucketer(ExperimentDefinition definition, Allocation allocation) {
        this.traffic = Murmur3.withPrefix(definition.salt() + ":traffic:");
        this.split = Murmur3.withPrefix(definition.salt() + ":split:");
        this.holdback = HoldbackRange.of(definition);
        this.allocation = allocation;
    }

    @Override
    public int variantIndex(String unitId, double targetPercent) {
        if (holdback.contains(unitId)) {
            return HOLDBACK;
        }
        if (bucket(traffic, unitId) >= basisPoints(targetPercent)) {
            return NOT_IN_TRAFFIC;
        }
        return allocation.variantAt(bucket(split, unitId));
    }

    Allocation allocation() {
        return allocation;
    }

    static int bucket(Murmur3 hash, String unitId) {
        return Integer.remainderUnsigned(hash.hashSuffix(unitId), BUCKETS);
    }

    /** A percentage as a bucket count: {@code round(percent * 100)}. */
    static int basisPoints(double percent) {
        return (int) Math.round(percent * 100);
    }
}
