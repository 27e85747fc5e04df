package dev.evalunit.web.analysis;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The sufficient statistics of one metric in one variant, over units: for each unit {@code y} is the sum of
 * its values (or of its successes, for a rate) and {@code n} the number of its observations. Everything the
 * per-unit (delta-method) analysis needs is in these six numbers, however many events produced them.
 *
 * @param units units with at least one observation
 * @param sumY  Σ y
 * @param sumN  Σ n
 * @param sumYY Σ y²
 * @param sumNN Σ n²
 * @param sumYN Σ y·n
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricTotals(long units, double sumY, double sumN, double sumYY, double sumNN, double sumYN) {

    /** No observations. */
    public static final MetricTotals EMPTY = new MetricTotals(0, 0, 0, 0, 0, 0);

    /** These totals with one more unit. */
    public MetricTotals plusUnit(double y, double n) {
        return new MetricTotals(units + 1, sumY + y, sumN + n, sumYY + y * y, sumNN + n * n, sumYN + y * n);
    }

    /** The ratio of sums, Σy / Σn: the metric's mean per observation. */
    public double mean() {
        return sumY / sumN;
    }

    /**
     * The variance of {@link #mean()} by the delta method with units as the unit of analysis:
     * (s²_y − 2R·s_yn + R²·s²_n) / (k · n̄²), sample (co)variances over the k units. NaN below two units.
     */
    public double varianceOfMean() {
        if (units < 2) {
            return Double.NaN;
        }
        double k = units;
        double r = mean();
        double varY = (sumYY - sumY * sumY / k) / (k - 1);
        double varN = (sumNN - sumN * sumN / k) / (k - 1);
        double covYN = (sumYN - sumY * sumN / k) / (k - 1);
        double meanN = sumN / k;
        return Math.max(0, varY - 2 * r * covYN + r * r * varN) / (k * meanN * meanN);
    }
}
