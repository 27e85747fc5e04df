package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * CUPED variance reduction (Deng, Xu, Kohavi and Walker, "Improving the sensitivity of online controlled
 * experiments by utilizing pre-experiment data", WSDM 2013): each unit's metric Y is adjusted by its
 * pre-period covariate X, {@code Y − θ(X − mean(X))} with θ = Cov(Y, X) / Var(X) pooled over both arms, and
 * the adjusted values are compared by Welch's t-test. The difference keeps its expectation (randomisation
 * makes X independent of the arm) while the variance shrinks by the squared correlation of X and Y.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Cuped {

    private Cuped() {
    }

    /**
     * Compares the arms on covariate-adjusted values.
     *
     * @param controlY   per-unit metric of the control, at least 2 units
     * @param controlX   per-unit pre-period covariate of the same control units
     * @param treatmentY per-unit metric of the treatment, at least 2 units
     * @param treatmentX per-unit pre-period covariate of the same treatment units
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static CupedResult compare(double[] controlY, double[] controlX, double[] treatmentY,
                                      double[] treatmentX, double confidence) {
        Require.atLeast("controlY", controlY, 2, "CUPED");
        Require.atLeast("treatmentY", treatmentY, 2, "CUPED");
        Require.finite("controlX", controlX);
        Require.finite("treatmentX", treatmentX);
        Require.sameLength("controlY", controlY.length, "controlX", controlX.length, "unit");
        Require.sameLength("treatmentY", treatmentY.length, "treatmentX", treatmentX.length, "unit");
        double[] y = concat(controlY, treatmentY);
        double[] x = concat(controlX, treatmentX);
        double meanX = Descriptive.mean(x);
        double meanY = Descriptive.mean(y);
        double varianceX = Descriptive.variance(x, meanX);
        double covariance = 0;
        for (int i = 0; i < y.length; i++) {
            covariance += (y[i] - meanY) * (x[i] - meanX);
        }
        covariance /= y.length - 1;
        double theta = varianceX == 0 ? 0.0 : covariance / varianceX;
        WelchResult raw = WelchTest.test(controlY, treatmentY, confidence);
        WelchResult adjusted = WelchTest.test(adjust(controlY, controlX, theta, meanX),
                adjust(treatmentY, treatmentX, theta, meanX), confidence);
        double reduction = raw.se() == 0 ? 0.0 : 1 - (adjusted.se() * adjusted.se()) / (raw.se() * raw.se());
        return new CupedResult(theta, reduction, adjusted);
    }

    private static double[] adjust(double[] y, double[] x, double theta, double meanX) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] - theta * (x[i] - meanX);
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
