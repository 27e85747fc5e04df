package dev.evalunit.examples.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Reproducible randomness for one answer. The wire carries no repeat index, so the simulator numbers the identical
 * requests it has answered: the k-th answer to a request is drawn from a generator seeded by (seed, request, k),
 * like a model sampling again. Two streams are offered: {@link #persistent} is the same for every answer to the
 * request (what the prompt makes the model do at temperature 0), {@link #sample} differs per answer.
 */
final class Draws {

    private final long seed;
    private final String canonical;
    private final int index;

    Draws(long seed, String canonical, int index) {
        this.seed = seed;
        this.canonical = canonical;
        this.index = index;
    }

    /** Randomness shared by every answer to this request, for one purpose. */
    SplittableRandom persistent(String purpose) {
        return new SplittableRandom(hash(purpose + "\u0000persistent"));
    }

    /** Randomness of this answer, for one purpose. */
    SplittableRandom sample(String purpose) {
        return new SplittableRandom(hash(purpose + "\u0000" + index));
    }

    /**
     * A standard normal mixing the persistent and the per-answer stream: at temperature 0 the answer is fixed
     * by the prompt, and the higher the temperature the more each answer differs.
     */
    double noise(String purpose, double temperature) {
        double t = Math.max(0, Math.min(1, temperature));
        double fixed = gaussian(persistent(purpose));
        double fresh = gaussian(sample(purpose));
        return Math.sqrt(1 - t) * fixed + Math.sqrt(t) * fresh;
    }

    /** {@link #noise} mapped to a uniform draw in (0, 1) through the normal distribution function. */
    double chance(String purpose, double temperature) {
        return phi(noise(purpose, temperature));
    }

    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The standard normal distribution function (Zelen and Severo's approximation, error below 1e-7). */
    static double phi(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double tail = density * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978
                + t * 1.330274429))));
        return z >= 0 ? 1 - tail : tail;
    }

    /** A uniform draw in [0, 1) seeded by the seed and any parts, for decisions that are not per answer. */
    static double uniform(long seed, String... parts) {
        return new SplittableRandom(digest(seed, String.join("\u0000", parts))).nextDouble();
    }

    private long hash(String purpose) {
        return digest(seed, canonical + "\u0000" + purpose);
    }

    private static long digest(long seed, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            return ByteBuffer.wrap(sha.digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
