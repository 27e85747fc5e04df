package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Always-valid sequential test for a difference in means or proportions: the normal-mixture sequential
 * probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh ("Peeking at A/B tests", KDD 2017;
 * "Always valid inference", Operations Research 2022), with the plug-in variance of the difference.
 *
 * <p>With {@code v} the squared standard error of the difference {@code d}, a normal prior N(0, τ²) on the
 * effect gives the likelihood ratio against "no difference"
 * <pre>Λ = sqrt(v / (v + τ²)) · exp(τ² d² / (2 v (v + τ²)))</pre>
 * and the always-valid p-value {@code min(1, 1/Λ)}. Inverting {@code Λ < 1/α} gives the confidence
 * sequence {@code d ± sqrt(2 v (v + τ²)/τ² · (ln(1/α) + ½ ln((v + τ²)/v)))}. Monitoring daily (or after
 * every batch) and stopping at the first rejection keeps the false-positive rate at α.
 *
 * <p>With a known variance Λ is a martingale under "no difference", which is what makes the error rate
 * hold at every look; the plug-in variance makes this hold approximately, which is ample for the
 * thousands of users of an online experiment (and conservative when looks are daily rather than
 * continuous: 0.016 at α = 0.05 over 20 looks in the seeded simulation of the tests).
 *
 * <p>{@code tau} (the mixing standard deviation) should be about the size of effect worth detecting, in
 * the metric's units. Degenerate case: while the standard error is still 0 (no variation observed yet)
 * the look carries no evidence: Λ = 1, p = 1 and the sequence is the whole line.
 *
 * <p>The plug-in variance is unreliable at tiny samples (2 per arm and τ = 1 reject 12% of A/A experiments
 * over 20 looks), so looks are held until {@link #MINIMUM_PER_ARM} units per arm ({@link #ready}); from there
 * the seeded simulation of the tests keeps the rate at or below α from the first look on.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SequentialTest {

    /** The units (users) each arm needs before the first look counts. */
    public static final int MINIMUM_PER_ARM = 30;

    private SequentialTest() {
    }

    /** Whether both arms hold {@link #MINIMUM_PER_ARM} units, so that a look may count. */
    public static boolean ready(long unitsControl, long unitsTreatment) {
        return unitsControl >= MINIMUM_PER_ARM && unitsTreatment >= MINIMUM_PER_ARM;
    }

    /**
     * A look at a difference estimated elsewhere, e.g. per randomisation unit by the {@link DeltaMethod}.
     *
     * @param difference treatment − control
     * @param variance   squared standard error of the difference, ≥ 0
     * @param tau        mixing standard deviation of the effect, &gt; 0
     * @param alpha      false-positive rate for the confidence sequence, e.g. 0.05
     */
    public static SequentialLook difference(double difference, double variance, double tau, double alpha) {
        Require.finite("difference", difference);
        return look(difference, Require.nonNegative("variance", variance), tau, alpha);
    }

    /**
     * A look at two independent groups' means.
     *
     * @param control   control moments, count at least 2
     * @param treatment treatment moments, count at least 2
     * @param tau       mixing standard deviation of the effect, &gt; 0
     * @param alpha     false-positive rate for the confidence sequence, e.g. 0.05
     */
    public static SequentialLook means(SampleMoments control, SampleMoments treatment, double tau,
                                       double alpha) {
        if (control == null || treatment == null) {
            throw new IllegalArgumentException("control and treatment moments must both be given");
        }
        if (control.count() < 2 || treatment.count() < 2) {
            throw new IllegalArgumentException("control has " + control.count() + " and treatment has "
                    + treatment.count() + " observations; the sequential test needs at least 2 per group");
        }
        return look(treatment.mean() - control.mean(), control.varianceOfMean() + treatment.varianceOfMean(),
                tau, alpha);
    }

    /**
     * A look at two independent groups' conversion rates.
     *
     * @param successesA control successes
     * @param trialsA    control trials, at least 1
     * @param successesB treatment successes
     * @param trialsB    treatment trials, at least 1
     * @param tau        mixing standard deviation of the effect on the rate, &gt; 0 (e.g. 0.01)
     * @param alpha      false-positive rate for the confidence sequence, e.g. 0.05
     */
    public static SequentialLook proportions(long successesA, long trialsA, long successesB, long trialsB,
                                             double tau, double alpha) {
        Counts.requireBinomial("A", successesA, trialsA);
        Counts.requireBinomial("B", successesB, trialsB);
        double pa = (double) successesA / trialsA;
        double pb = (double) successesB / trialsB;
        return look(pb - pa, pa * (1 - pa) / trialsA + pb * (1 - pb) / trialsB, tau, alpha);
    }

    private static SequentialLook look(double difference, double v, double tau, double alpha) {
        Require.positive("tau", tau);
        Require.alpha(alpha);
        if (v == 0) {
            return new SequentialLook(difference, 0.0, 0.0, 1.0, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY);
        }
        double t2 = tau * tau;
        double logRatio = 0.5 * Math.log(v / (v + t2)) + t2 * difference * difference / (2 * v * (v + t2));
        double pValue = Math.min(1.0, Math.exp(-logRatio));
        double half = Math.sqrt(2 * v * (v + t2) / t2 * (Math.log(1 / alpha) + 0.5 * Math.log((v + t2) / v)));
        return new SequentialLook(difference, Math.sqrt(v), logRatio, pValue, difference - half,
                difference + half);
    }
}
