package dev.evalunit.bucketing;


import java.util.List;

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
    private final double[] weights;
    private final double[] cumulative;
    private final HoldbackRange holdback;

    SeedCompatibleBucketer(ExperimentDefinition definition) {
        this(definition.id(), definition.variants().stream().mapToDouble(VariantDefinition::weight).toArray(),
                HoldbackRange.of(definition));
    }

    private SeedCompatibleBucketer(String experimentId, double[] weights, HoldbackRange holdback) {
        this.splitSuffix = Md5.utf8(":" + experimentId);
        this.weights = weights;
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        cumulative = new double[weights.length];
        double running = 0;
        for (int j = 0; j < cumulative.length; j++) {
            running += weights[j] / total;
            cumulative[j] = running;
        }
        this.holdback = holdback;
    }

    /**
     * The article's {@code RolloutController} stage: the winner's weight becomes {@code percent} and the other
     * variants share the rest (in proportion to their weights, which for two arms is the article's equal
     * share). The winner's range of the hash line only grows, so nobody on it leaves; a boundary between two
     * other variants would shift too and move units between them, so a winner with two losing variants next
     * to each other in variant order (any experiment of four or more arms, or three with the winner first or
     * last) is refused.
     *
     * @throws IllegalArgumentException when the ramp would move units between losing variants
     */
    SeedCompatibleBucketer rampedTo(ExperimentDefinition definition, int winner, double percent) {
        List<String> ids = definition.variants().stream().map(VariantDefinition::id).toList();
        for (int i = 0; i + 1 < ids.size(); i++) {
            if (i != winner && i + 1 != winner) {
                throw new IllegalArgumentException("experiment '" + definition.id() + "' is seed-compatible: ramping '"
                        + ids.get(winner) + "' would move units between '" + ids.get(i) + "' and '" + ids.get(i + 1)
                        + "', whose shared boundary on the hash line shifts; roll out as a new stable-mode phase, "
                        + "where a ramp only ever moves units to the winner");
            }
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double others = total - weights[winner];
        if (others == 0 || percent / 100 <= weights[winner] / total) {
            return this;
        }
        double[] ramped = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            ramped[i] = i == winner ? percent : weights[i] / others * (100 - percent);
        }
        return new SeedCompatibleBucketer(definition.id(), ramped, holdback);
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
