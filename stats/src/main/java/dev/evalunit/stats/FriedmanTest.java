package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;

/**
 * The Friedman test of k ≥ 3 related variants on the same n cases: within each case the variants are ranked
 * (1 = best, ties get their average rank), and χ² = (12 / (n k (k+1)) Σ_j R_j² − 3 n (k+1)) / C, with R_j the
 * variant's rank sum and C = 1 − Σ (t³ − t) / (n k (k² − 1)) the tie correction, is referred to χ² with k − 1
 * degrees of freedom. Same statistic and p-value as SciPy's {@code scipy.stats.friedmanchisquare}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FriedmanTest {

    private FriedmanTest() {
    }

    /**
     * Tests {@code values[case][variant]} (every case has a value for every variant).
     *
     * @param direction which value ranks first; a range metric is ranked on the distance to its range, so values
     *                  inside it tie
     */
    public static FriedmanResult test(double[][] values, Direction direction) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("the Friedman test needs at least 2 cases, had "
                    + (values == null ? 0 : values.length));
        }
        int k = values[0].length;
        if (k < 3) {
            throw new IllegalArgumentException("the Friedman test compares at least 3 variants, had " + k);
        }
        int n = values.length;
        double[] rankSums = new double[k];
        double ties = 0;
        for (double[] raw : values) {
            Require.sameLength("variants", k, "case values", raw.length, "variant");
            double[] row = Arrays.stream(raw).map(direction::compared).toArray();
            double[] ranks = ranks(row, direction);
            for (int j = 0; j < k; j++) {
                rankSums[j] += ranks[j];
            }
            ties += tieTerm(row);
        }
        double sumOfSquares = Arrays.stream(rankSums).map(r -> r * r).sum();
        double correction = 1 - ties / ((double) n * k * ((double) k * k - 1));
        double statistic = correction == 0 ? 0
                : (12.0 / (n * k * (k + 1.0)) * sumOfSquares - 3.0 * n * (k + 1)) / correction;
        double[] meanRanks = Arrays.stream(rankSums).map(r -> r / n).toArray();
        return new FriedmanResult(statistic, k - 1, Distributions.chiSquareUpper(statistic, k - 1), n, meanRanks);
    }

    /** Ranks 1..k of compared values within one case, 1 the best, ties sharing their average rank. */
    static double[] ranks(double[] row, Direction direction) {
        double[] ranks = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            int better = 0;
            int equal = 0;
            for (double other : row) {
                if (other == row[j]) {
                    equal++;
                } else if (direction.orient(other - row[j]) > 0) {
                    better++;
                }
            }
            ranks[j] = better + (equal + 1) / 2.0;
        }
        return ranks;
    }

    /** Σ (t³ − t) over the groups of tied values in one case. */
    private static double tieTerm(double[] row) {
        double[] sorted = row.clone();
        Arrays.sort(sorted);
        double term = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                term += t * t * t - t;
                start = i;
            }
        }
        return term;
    }
}
