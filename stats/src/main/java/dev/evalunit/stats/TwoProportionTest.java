package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The two-proportion z-test for independent groups (e.g. conversion in two arms): pooled standard error
 * for the test, unpooled (Wald) standard error for the interval — the same as statsmodels'
 * {@code proportions_ztest} and {@code confint_proportions_2indep(method="wald")}.
 *
 * <p>Degenerate case: when both groups convert at 0% or both at 100% the pooled standard error is 0 and
 * the answer is {@code z = 0, p = 1} with the interval collapsed on 0.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TwoProportionTest {

    private TwoProportionTest() {
    }

    /**
     * Tests two independent binomial groups.
     *
     * @param successesA control successes
     * @param trialsA    control trials, at least 1
     * @param successesB treatment successes
     * @param trialsB    treatment trials, at least 1
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static ProportionResult test(long successesA, long trialsA, long successesB, long trialsB,
                                        double confidence) {
        Counts.requireBinomial("A", successesA, trialsA);
        Counts.requireBinomial("B", successesB, trialsB);
        Require.confidence(confidence);
        double pa = (double) successesA / trialsA;
        double pb = (double) successesB / trialsB;
        double difference = pb - pa;
        double pooled = (double) (successesA + successesB) / (trialsA + trialsB);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
        double se = Math.sqrt(pa * (1 - pa) / trialsA + pb * (1 - pb) / trialsB);
        double z = pooledSe == 0 ? 0.0 : difference / pooledSe;
        double half = Distributions.zCritical(confidence) * se;
        return new ProportionResult(pa, pb, difference, se, z, Distributions.normalTwoSided(z),
                difference - half, difference + half);
    }
}
