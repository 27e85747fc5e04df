package dev.evalunit.stats;

/**
 * Wilson's score interval for a binomial proportion (Wilson 1927): unlike the Wald interval it stays
 * inside [0, 1] and keeps its coverage for rates near 0 or 1 and small samples, as pass/fail scores are.
 */
final class WilsonInterval {

    private WilsonInterval() {
    }

    /**
     * The interval for {@code successes} out of {@code trials}.
     *
     * @param successes  number of successes, between 0 and {@code trials}
     * @param trials     number of trials, at least 1
     * @param confidence confidence level, e.g. 0.95
     */
    public static Interval of(long successes, long trials, double confidence) {
        Counts.requireBinomial("", successes, trials);
        Require.confidence(confidence);
        double z = Distributions.zCritical(confidence);
        double z2 = z * z;
        double p = (double) successes / trials;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new Interval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
    }
}
