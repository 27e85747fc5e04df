package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Compares two arms' ratio metrics at the unit of randomisation ({@link UnitTotals}): the absolute
 * difference with a normal interval, and the relative lift R_B/R_A − 1 with its delta-method interval,
 * {@code Var(lift) ≈ Var(R_B)/R_A² + R_B²·Var(R_A)/R_A⁴} (as GrowthBook's gbstats reports it). Online
 * arms hold hundreds of units or more, where the normal reference is what gbstats and statsmodels'
 * {@code ztest} use.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DeltaMethod {

    private DeltaMethod() {
    }

    /**
     * Treatment − control on a ratio metric.
     *
     * @param control    the control's per-unit totals
     * @param treatment  the treatment's per-unit totals
     * @param confidence confidence level of the intervals, e.g. 0.95
     */
    public static RatioResult compare(UnitTotals control, UnitTotals treatment, double confidence) {
        if (control == null || treatment == null) {
            throw new IllegalArgumentException("control and treatment totals must both be given");
        }
        Require.confidence(confidence);
        double ra = control.ratio();
        double rb = treatment.ratio();
        double difference = rb - ra;
        double se = Math.sqrt(control.varianceOfRatio() + treatment.varianceOfRatio());
        double z = Distributions.zCritical(confidence);
        double lift = ra == 0 ? 0.0 : rb / ra - 1;
        double liftSe = ra == 0 ? 0.0 : Math.sqrt(treatment.varianceOfRatio() / (ra * ra)
                + rb * rb * control.varianceOfRatio() / (ra * ra * ra * ra));
        return new RatioResult(ra, rb, difference, se, difference - z * se, difference + z * se,
                se == 0 ? (difference == 0 ? 1.0 : 0.0) : Distributions.normalTwoSided(difference / se),
                ra != 0, lift, lift - z * liftSe, lift + z * liftSe);
    }
}
