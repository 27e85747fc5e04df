package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Adjusted p-values for many comparisons at once (several metrics, several variant pairs), in the input
 * order, as statsmodels' {@code multipletests} returns them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PValueAdjustment {

    private PValueAdjustment() {
    }

    /** Holm's step-down adjustment: controls the family-wise error rate. */
    public static double[] holm(double[] pValues) {
        Integer[] order = ascending(pValues);
        int m = order.length;
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /** Benjamini–Hochberg step-up adjustment: controls the false-discovery rate. */
    public static double[] benjaminiHochberg(double[] pValues) {
        Integer[] order = ascending(pValues);
        int m = order.length;
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m - 1; rank >= 0; rank--) {
            running = Math.min(running, (double) m / (rank + 1) * pValues[order[rank]]);
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    private static Integer[] ascending(double[] pValues) {
        Require.finite("pValues", pValues);
        for (int i = 0; i < pValues.length; i++) {
            if (pValues[i] < 0 || pValues[i] > 1) {
                throw new IllegalArgumentException(
                        "pValues[" + i + "] is " + pValues[i] + "; a p-value lies in [0, 1]");
            }
        }
        Integer[] order = IntStream.range(0, pValues.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        return order;
    }
}
