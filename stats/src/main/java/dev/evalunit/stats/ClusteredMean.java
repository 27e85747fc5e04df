package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Cluster-robust inference for a mean when cases share a cluster (same source document or template), so
 * their errors are correlated and the plain standard error is too small. The CR1 estimator, as
 * statsmodels' {@code OLS(y, ones).fit(cov_type="cluster")} computes it:
 * {@code var = G/(G−1) · Σ_g (Σ_{i∈g} (x_i − x̄))² / N²}, with G − 1 degrees of freedom.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ClusteredMean {

    private ClusteredMean() {
    }

    /**
     * Clustered inference for the mean per-case difference of paired cases.
     *
     * @param cases       paired cases
     * @param clusterKeys cluster key of every input case (dropped ones included), in input order
     * @param confidence  confidence level, e.g. 0.95
     */
    public static ClusteredResult ofDifferences(PairedCases cases, List<?> clusterKeys, double confidence) {
        PairedTTest.requireCases(cases);
        if (clusterKeys == null) {
            throw new IllegalArgumentException("clusterKeys is null; give one cluster key per case");
        }
        Require.sameLength("clusterKeys", clusterKeys.size(), "cases (kept + dropped)",
                cases.size() + cases.droppedCases(), "case");
        int[] indices = cases.caseIndices();
        Object[] keys = new Object[indices.length];
        for (int i = 0; i < indices.length; i++) {
            keys[i] = clusterKeys.get(indices[i]);
        }
        return compute(cases.differencesView(), keys, confidence);
    }

    /**
     * Clustered inference for the mean of values.
     *
     * @param values      finite values
     * @param clusterKeys cluster key per value, same length; at least 2 distinct keys
     * @param confidence  confidence level, e.g. 0.95
     */
    public static ClusteredResult of(double[] values, List<?> clusterKeys, double confidence) {
        Require.finite("values", values);
        if (clusterKeys == null) {
            throw new IllegalArgumentException("clusterKeys is null; give one cluster key per value");
        }
        Require.sameLength("values", values.length, "clusterKeys", clusterKeys.size(), "value");
        return compute(values, clusterKeys.toArray(), confidence);
    }

    private static ClusteredResult compute(double[] values, Object[] keys, double confidence) {
        Require.confidence(confidence);
        double mean = values.length == 0 ? 0 : Descriptive.mean(values);
        Map<Object, Double> residualSums = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                throw new IllegalArgumentException("cluster key of case " + i + " is null; every case needs one");
            }
            residualSums.merge(keys[i], values[i] - mean, Double::sum);
        }
        int g = residualSums.size();
        if (g < 2) {
            throw new IllegalArgumentException(g + " cluster(s) among " + values.length
                    + " values; clustered standard errors need at least 2 clusters");
        }
        double squares = 0;
        for (double sum : residualSums.values()) {
            squares += sum * sum;
        }
        double n = values.length;
        double se = Math.sqrt(g / (g - 1.0) * squares / (n * n));
        double df = g - 1.0;
        TInference inference = TInference.of(mean, se, df, confidence);
        return new ClusteredResult(mean, se, g, df, inference.t(), inference.pValue(), inference.ciLow(),
                inference.ciHigh());
    }
}
