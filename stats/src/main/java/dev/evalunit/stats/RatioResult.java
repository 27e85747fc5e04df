package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A ratio metric compared per randomisation unit by the delta method. {@code difference = treatment −
 * control}; the lift is relative to the control.
 *
 * @param control      the control's ratio (metric per request)
 * @param treatment    the treatment's ratio
 * @param difference   treatment − control
 * @param se           standard error of the difference
 * @param ciLow        lower end of the normal interval of the difference
 * @param ciHigh       upper end
 * @param pValue       two-sided p-value; with a zero standard error 1 for a zero difference, else 0
 * @param hasLift      whether the lift is defined (the control's ratio is not 0); the lift fields are 0 if not
 * @param lift         treatment / control − 1
 * @param liftLow      lower end of the delta-method interval of the lift
 * @param liftHigh     upper end
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RatioResult(double control, double treatment, double difference, double se, double ciLow,
                          double ciHigh, double pValue, boolean hasLift, double lift, double liftLow,
                          double liftHigh) {

    /**
     * The one-sided p-value that the treatment is above the control (H₁: difference &gt; 0), e.g. a guardrail
     * on latency or errors asking "is it worse?".
     */
    public double pValueAbove() {
        return se == 0 ? (difference > 0 ? 0.0 : 1.0) : Distributions.normalCdf(-difference / se);
    }

    /** The one-sided p-value that the treatment is below the control (H₁: difference &lt; 0). */
    public double pValueBelow() {
        return se == 0 ? (difference < 0 ? 0.0 : 1.0) : Distributions.normalCdf(difference / se);
    }
}
