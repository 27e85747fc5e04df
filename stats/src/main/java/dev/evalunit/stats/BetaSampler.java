package dev.evalunit.stats;

import java.util.random.RandomGenerator;

/**
 * Draws from Beta(α, β) as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β), the gammas from Marsaglia and
 * Tsang's squeeze method ("A simple method for generating gamma variables", ACM TOMS 26(3), 2000). No
 * allocation per draw, so a bandit can sample per request. Reproducible for a seeded generator.
 */
final class BetaSampler {

    private BetaSampler() {
    }

    /**
     * One draw from Beta(alpha, beta).
     *
     * @param random source of randomness, e.g. a seeded {@link java.util.SplittableRandom}
     * @param alpha  first shape, &gt; 0
     * @param beta   second shape, &gt; 0
     */
    public static double sample(RandomGenerator random, double alpha, double beta) {
        if (random == null) {
            throw new IllegalArgumentException("random is null; pass a seeded RandomGenerator");
        }
        Require.positive("alpha", alpha);
        Require.positive("beta", beta);
        double x = gamma(random, alpha);
        double y = gamma(random, beta);
        return x / (x + y);
    }

    /** Gamma(shape, 1); shapes below 1 use the boost Gamma(a) = Gamma(a + 1) · U^(1/a). */
    private static double gamma(RandomGenerator random, double shape) {
        if (shape < 1) {
            // 1 − nextDouble() lies in (0, 1], so both gammas can never be 0 together.
            return gamma(random, shape + 1) * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
