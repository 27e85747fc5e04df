package dev.evalunit.bucketing;

import java.util.Arrays;

/**
 * Which variant owns each of the 10000 split buckets. Built from weights as contiguous ranges in variant
 * order (largest-remainder rounding, so shares are exact to 0.01%), and ramped towards a winner by moving
 * buckets from the other variants, never the other way.
 */
final class Allocation {

    private final byte[] owners;
    private final int variants;

    private Allocation(byte[] owners, int variants) {
        this.owners = owners;
        this.variants = variants;
    }

    static Allocation fromWeights(double[] weights) {
        double total = Arrays.stream(weights).sum();
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = weights[i] / total * StableBucketer.BUCKETS;
            counts[i] = (int) Math.floor(quota);
            remainders[i] = quota - counts[i];
            assigned += counts[i];
        }
        for (; assigned < StableBucketer.BUCKETS; assigned++) {
            int largest = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
        }
        byte[] owners = new byte[StableBucketer.BUCKETS];
        int next = 0;
        for (int i = 0; i < counts.length; i++) {
            Arrays.fill(owners, next, next + counts[i], (byte) i);
            next += counts[i];
        }
        return new Allocation(owners, weights.length);
    }

    /**
     * This allocation with {@code winner} holding at least {@code percent} of the buckets. Each other variant
     * keeps {@code floor(its buckets * (10000 - winnerTarget) / othersTotal)} of its buckets, its highest ones,
     * and gives its lowest to the winner; so the other variants keep their relative shares, and a higher
     * percent only ever moves more units to the winner: nobody on the winner leaves it, nobody moves between
     * the other variants.
     */
    Allocation rampedTo(int winner, double percent) {
        int winnerTarget = StableBucketer.basisPoints(percent);
        int[] counts = counts();
        int others = StableBucketer.BUCKETS - counts[winner];
        if (winnerTarget <= counts[winner] || others == 0) {
            return this;
        }
        int[] keep = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            keep[i] = i == winner ? 0 : (int) ((long) counts[i] * (StableBucketer.BUCKETS - winnerTarget) / others);
        }
        byte[] ramped = owners.clone();
        int[] seen = new int[counts.length];
        for (int bucket = 0; bucket < ramped.length; bucket++) {
            int owner = ramped[bucket];
            if (owner != winner && seen[owner]++ < counts[owner] - keep[owner]) {
                ramped[bucket] = (byte) winner;
            }
        }
        return new Allocation(ramped, variants);
    }

    int variantAt(int bucket) {
        return owners[bucket];
    }

    /** How many buckets each variant owns. */
    int[] counts() {
        int[] counts = new int[variants];
        for (byte owner : owners) {
            counts[owner]++;
        }
        return counts;
    }
}
