package dev.evalunit.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles, computed from the special functions directly so that small p-values
 * keep their relative precision (no {@code 1 − cdf} cancellation).
 */
final class Distributions {

    /** Inverse-cdf solver accuracy; the default 1e-9 is too loose for six significant digits on bounds. */
    private static final double INVERSE_ACCURACY = 1e-13;

    private Distributions() {
    }

    /** Two-sided p-value of Student's t with {@code df} degrees of freedom (df may be fractional). */
    static double tTwoSided(double t, double df) {
        if (t == 0) {
            return 1.0;
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** Quantile of Student's t: the {@code p} point with {@code df} degrees of freedom. */
    static double tQuantile(double p, double df) {
        return new TDistribution(null, df, INVERSE_ACCURACY).inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a standard normal statistic. */
    static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** Lower-tail probability of the standard normal. */
    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** Quantile of the standard normal. */
    static double normalQuantile(double p) {
        return new NormalDistribution(null, 0, 1, INVERSE_ACCURACY).inverseCumulativeProbability(p);
    }

    /** Upper-tail probability of the chi-square distribution. */
    static double chiSquareUpper(double x, double df) {
        return x <= 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** The two-sided critical value of the t distribution for a confidence level. */
    static double tCritical(double confidence, double df) {
        return tQuantile(0.5 + confidence / 2, df);
    }

    /** The two-sided critical value of the standard normal for a confidence level. */
    static double zCritical(double confidence) {
        return normalQuantile(0.5 + confidence / 2);
    }
}
