package dev.evalunit.stats;

/**
 * A pass rate with its Wilson interval, for binary (0/1) scores.
 *
 * @param successes number of passes
 * @param trials    number of scored samples
 * @param rate      {@code successes / trials}
 * @param ci        Wilson score interval for the rate
 */
record ProportionSummary(long successes, long trials, double rate, Interval ci) {

    /** Summarises counts. */
    public static ProportionSummary of(long successes, long trials, double confidence) {
        Interval ci = WilsonInterval.of(successes, trials, confidence);
        return new ProportionSummary(successes, trials, (double) successes / trials, ci);
    }

    /**
     * Summarises binary scores.
     *
     * @param scores     every value 0 or 1, at least one
     * @param confidence confidence level, e.g. 0.95
     */
    public static ProportionSummary ofScores(double[] scores, double confidence) {
        Require.atLeast("scores", scores, 1, "a pass rate");
        long successes = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != 0 && scores[i] != 1) {
                throw new IllegalArgumentException("scores[" + i + "] is " + scores[i]
                        + "; a pass rate needs binary scores, 0 or 1");
            }
            successes += (long) scores[i];
        }
        return of(successes, scores.length, confidence);
    }
}
