package dev.evalunit.bucketing;

/** How units are hashed into variants. */
public enum BucketingMode {
    /**
     * Bit-exact with the Node.js service the product grew from: {@code md5(unitId + ":" + experimentId)}
     * against cumulative weight fractions, eligibility from {@code md5(unitId + ":eligibility")}. Teams
     * migrating from it keep every user in the same arm. Traffic and split are not independent here, and
     * every experiment shares one eligibility hash.
     */
    SEED_COMPATIBLE,
    /**
     * The default: independent salted MurmurHash3 hashes for traffic and split on [0, 10000). Raising the
     * traffic percentage only adds units; it never moves a unit between arms.
     */
    STABLE
}
