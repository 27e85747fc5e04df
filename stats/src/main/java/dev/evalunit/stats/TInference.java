package dev.evalunit.stats;

/**
 * The t statistic, two-sided p-value and interval for an estimate with a standard error and degrees of
 * freedom, with one definition of the degenerate case for every test: a zero standard error gives
 * {@code t = 0, p = 1} for a zero estimate and {@code t = ±∞, p = 0} otherwise, the interval collapsed on
 * the estimate.
 */
record TInference(double t, double pValue, double ciLow, double ciHigh) {

    static TInference of(double estimate, double se, double df, double confidence) {
        if (se == 0) {
            double t = estimate == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, estimate);
            return new TInference(t, estimate == 0 ? 1.0 : 0.0, estimate, estimate);
        }
        double t = estimate / se;
        double half = Distributions.tCritical(confidence, df) * se;
        return new TInference(t, Distributions.tTwoSided(t, df), estimate - half, estimate + half);
    }
}
