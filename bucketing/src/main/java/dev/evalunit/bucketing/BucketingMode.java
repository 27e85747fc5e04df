package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** How units are hashed into variants. */
@API(status = EXPERIMENTAL, since = "0.1")
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
