package dev.evalunit.judges.suite;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Agreement between a judge and human raters: Cohen's κ for labels, Spearman's ρ for scores and
 * Krippendorff's α (nominal or interval, any number of raters, missing ratings allowed). A statistic that is
 * undefined for the data (a constant rater, a single category) is empty, never NaN.
 */
final class AgreementStatistics {

    /** Krippendorff's α levels of measurement supported. */
    public enum Level {
        /** Categories: any two different values disagree equally. */
        NOMINAL,
        /** Numbers: disagreement is the squared difference. */
        INTERVAL
    }

    private AgreementStatistics() {
    }

    /** Cohen's κ of two raters' labels for the same items: (p_o − p_e) / (1 − p_e). */
    public static OptionalDouble cohensKappa(List<String> a, List<String> b) {
        requirePaired(a.size(), b.size());
        int n = a.size();
        Map<String, Integer> countA = new HashMap<>();
        Map<String, Integer> countB = new HashMap<>();
        int agreements = 0;
        for (int i = 0; i < n; i++) {
            String x = Objects.requireNonNull(a.get(i), "label");
            String y = Objects.requireNonNull(b.get(i), "label");
            agreements += x.equals(y) ? 1 : 0;
            countA.merge(x, 1, Integer::sum);
            countB.merge(y, 1, Integer::sum);
        }
        double observed = (double) agreements / n;
        double expected = 0;
        for (Map.Entry<String, Integer> label : countA.entrySet()) {
            expected += (double) label.getValue() / n * countB.getOrDefault(label.getKey(), 0) / n;
        }
        return expected == 1.0 ? OptionalDouble.empty() : OptionalDouble.of((observed - expected) / (1 - expected));
    }

    /** Spearman's ρ: Pearson correlation of the ranks, ties given their average rank. */
    public static OptionalDouble spearman(double[] x, double[] y) {
        requirePaired(x.length, y.length);
        return pearson(ranks(x), ranks(y));
    }

    /**
     * Krippendorff's α over a reliability matrix.
     *
     * @param ratings one row per rater, one column per unit; {@link Double#NaN} where a rater gave no rating
     *                (nominal categories are coded as numbers)
     */
    public static OptionalDouble krippendorffAlpha(double[][] ratings, Level level) {
        int units = ratings.length == 0 ? 0 : ratings[0].length;
        for (double[] row : ratings) {
            requirePaired(units, row.length);
        }
        double observed = 0;
        int pairable = 0;
        double[] all = new double[ratings.length * units];
        for (int u = 0; u < units; u++) {
            int unit = u;
            double[] values = Arrays.stream(ratings).mapToDouble(row -> row[unit]).filter(v -> !Double.isNaN(v))
                    .toArray();
            if (values.length < 2) {
                continue; // a unit rated once cannot show agreement or disagreement
            }
            observed += disagreementSum(values, level) / (values.length - 1);
            System.arraycopy(values, 0, all, pairable, values.length);
            pairable += values.length;
        }
        if (pairable < 2) {
            return OptionalDouble.empty();
        }
        double[] values = Arrays.copyOf(all, pairable);
        double expected = disagreementSum(values, level) / (pairable - 1.0);
        return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - observed / expected);
    }

    /** Σ over ordered pairs i ≠ j of δ(v_i, v_j), in closed form. */
    private static double disagreementSum(double[] values, Level level) {
        int m = values.length;
        if (level == Level.INTERVAL) {
            // Σ_{i≠j} (v_i − v_j)² = 2m Σ (v_i − mean)², centred for numerical stability
            double mean = Arrays.stream(values).average().orElse(0);
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            return 2 * m * squares;
        }
        Map<Double, Integer> counts = new HashMap<>();
        for (double v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        double same = counts.values().stream().mapToDouble(c -> (double) c * c).sum();
        return (double) m * m - same;
    }

    /** Codes labels as numbers for {@link #krippendorffAlpha} at the nominal level, in sorted label order. */
    public static double[][] codeLabels(List<String> a, List<String> b) {
        requirePaired(a.size(), b.size());
        TreeSet<String> distinct = new TreeSet<>(a);
        distinct.addAll(b);
        List<String> labels = List.copyOf(distinct);
        double[][] coded = new double[2][a.size()];
        for (int i = 0; i < a.size(); i++) {
            coded[0][i] = labels.indexOf(a.get(i));
            coded[1][i] = labels.indexOf(b.get(i));
        }
        return coded;
    }

    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double average = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = average;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static OptionalDouble pearson(double[] x, double[] y) {
        int n = x.length;
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxx == 0 || syy == 0 ? OptionalDouble.empty() : OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    private static void requirePaired(int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException("ratings must be paired item by item: " + expected + " vs " + actual
                    + " items");
        }
        if (expected == 0) {
            throw new IllegalArgumentException("agreement needs at least one rated item");
        }
    }
}
