package dev.evalunit.stats;

/** Plain arithmetic on arrays that several statistics share. Inputs are validated by the callers. */
final class Descriptive {

    private Descriptive() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample variance with the n − 1 denominator; 0 for a single value. */
    static double variance(double[] values, double mean) {
        if (values.length < 2) {
            return 0.0;
        }
        double ss = 0;
        double drift = 0;
        for (double v : values) {
            double d = v - mean;
            ss += d * d;
            drift += d;
        }
        // Corrected two-pass algorithm: removes the rounding error left in the mean.
        return Math.max(0.0, (ss - drift * drift / values.length) / (values.length - 1));
    }

    /**
     * Quantile of sorted values by linear interpolation between order statistics (R type 7, NumPy's
     * default), {@code p} in [0, 1].
     */
    static double quantileOfSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Index of the first sorted value ≥ {@code value} (the number of values below it). */
    static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
