package dev.evalunit.bucketing;

import dev.evalunit.bucketing.hash.Md5;

/**
 * The Node.js service's {@code hashUserToVariant} and {@code isUserInExperiment}, bit for bit: the same
 * UTF-8 input, the same first 32 bits of MD5, the same double arithmetic in the same order (cumulative
 * fractions summed one by one and compared with {@code <=}, the last variant as the fallback).
 */
final class SeedCompatibleBucketer implements Bucketer {

    /** {@code 0xffffffff}, the Node code's divisor (not 2^32: a hash of all ones normalises to exactly 1). */
    private static final double MAX_HASH = 4294967295.0;

    private final byte[] splitSuffix;
    private final byte[] eligibilitySuffix = Md5.utf8(":eligibility");
    private final double[] cumulative;
    private final HoldbackRange holdback;

    SeedCompatibleBucketer(ExperimentDefinition definition) {
        this.splitSuffix = Md5.utf8(":" + definition.id());
        double total = 0;
        for (VariantDefinition variant : definition.variants()) {
            total += variant.weight();
        }
        cumulative = new double[definition.variants().size()];
        double running = 0;
        for (int j = 0; j < cumulative.length; j++) {
            running += definition.variants().get(j).weight() / total;
            cumulative[j] = running;
        }
        this.holdback = HoldbackRange.of(definition);
    }

    @Override
    public int variantIndex(String unitId, double targetPercent) {
        if (holdback.contains(unitId)) {
            return HOLDBACK;
        }
        if (targetPercent < 100) {
            double eligibilityScore = Md5.first32(unitId, eligibilitySuffix) / MAX_HASH * 100;
            if (eligibilityScore > targetPercent) {
                return NOT_IN_TRAFFIC;
            }
        }
        double normalized = Md5.first32(unitId, splitSuffix) / MAX_HASH;
        for (int j = 0; j < cumulative.length; j++) {
            if (normalized <= cumulative[j]) {
                return j;
            }
        }
        return cumulative.length - 1;
    }
}
