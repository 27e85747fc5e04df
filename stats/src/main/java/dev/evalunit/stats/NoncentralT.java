package dev.evalunit.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The cumulative distribution of the noncentral t with ν degrees of freedom and noncentrality δ, by the
 * Poisson-weighted series of regularized incomplete beta functions (Guenther 1978; Lenth, AS 243): for
 * t ≥ 0, with x = t²/(t² + ν) and λ = δ²/2,
 * <pre>
 * F(t) = Φ(−δ) + ½ Σ_j [ e^{−λ} λ^j / j! · I_x(j + ½, ν/2) + δ e^{−λ} λ^j / (√2 Γ(j + 3/2)) · I_x(j + 1, ν/2) ]
 * </pre>
 * and F(t; ν, δ) = 1 − F(−t; ν, −δ) for t &lt; 0. The sum runs over the Poisson weights' bulk, λ ± 12√λ.
 */
final class NoncentralT {

    private NoncentralT() {
    }

    static double cdf(double t, double df, double delta) {
        if (t < 0) {
            return 1 - cdf(-t, df, -delta);
        }
        double base = Distributions.normalCdf(-delta);
        if (t == 0) {
            return base;
        }
        double x = t * t / (t * t + df);
        double lambda = delta * delta / 2;
        int from = (int) Math.max(0, Math.floor(lambda - 12 * Math.sqrt(lambda) - 12));
        int to = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 12);
        double logLambda = lambda > 0 ? Math.log(lambda) : Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int j = from; j <= to; j++) {
            double logPower = j == 0 ? 0.0 : j * logLambda;
            double poisson = Math.exp(-lambda + logPower - Gamma.logGamma(j + 1.0));
            double odd = delta == 0 ? 0.0 : Math.copySign(Math.exp(Math.log(Math.abs(delta)) - lambda + logPower
                    - 0.5 * Math.log(2) - Gamma.logGamma(j + 1.5)), delta);
            sum += poisson * Beta.regularizedBeta(x, j + 0.5, df / 2) + odd * Beta.regularizedBeta(x, j + 1.0, df / 2);
        }
        return Math.min(1.0, Math.max(0.0, base + sum / 2));
    }
}
