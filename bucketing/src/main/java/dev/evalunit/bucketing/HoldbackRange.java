package dev.evalunit.bucketing;


/** The holdback test shared by both modes: {@code murmur3(salt + ":holdback:" + unitId) mod 10000 < range}. */
final class HoldbackRange {

    private final Murmur3 hash;
    private final int buckets;

    private HoldbackRange(Murmur3 hash, int buckets) {
        this.hash = hash;
        this.buckets = buckets;
    }

    static HoldbackRange of(ExperimentDefinition definition) {
        return definition.holdback()
                .map(h -> new HoldbackRange(Murmur3.withPrefix(h.salt() + ":holdback:"), StableBucketer.basisPoints(h.percent())))
                .orElseGet(() -> new HoldbackRange(null, 0));
    }

    boolean contains(String unitId) {
        return buckets > 0 && StableBucketer.bucket(hash, unitId) < buckets;
    }
}
