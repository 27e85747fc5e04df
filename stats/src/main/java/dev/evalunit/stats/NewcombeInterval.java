package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Newcombe's score interval for the difference of paired proportions, method 10 of R. G. Newcombe,
 * "Improved confidence intervals for the difference between binomial proportions based on paired data",
 * Statistics in Medicine 17 (1998) 2635–2650, as tabulated by Fagerland, Lydersen and Laake (2014) and in
 * Altman et al., <i>Statistics with Confidence</i>. It combines the Wilson intervals (l₁, u₁) of the
 * treatment rate p₁ and (l₂, u₂) of the control rate p₂ with the corrected phi correlation of the table:
 * with N cases and D = ad − bc, φ = (D − N/2) / sqrt((a+b)(c+d)(a+c)(b+d)) when D &gt; N/2, 0 when
 * 0 ≤ D ≤ N/2, D / sqrt(...) when D &lt; 0 (and 0 when a margin is empty):
 * <pre>
 * low  = θ − sqrt((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²)
 * high = θ + sqrt((p₂ − l₂)² − 2φ(p₂ − l₂)(u₁ − p₁) + (u₁ − p₁)²)
 * </pre>
 * where θ = p₁ − p₂. Unlike the Wald interval it stays inside [−1, 1] and keeps its coverage with few
 * discordant cases.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NewcombeInterval {

    private NewcombeInterval() {
    }

    /**
     * The interval for treatment pass rate minus control pass rate.
     *
     * @param table      paired 2×2 table with at least one case
     * @param confidence confidence level, e.g. 0.95
     */
    public static Interval pairedDifference(PairedTable table, double confidence) {
        if (table == null || table.total() == 0) {
            throw new IllegalArgumentException("table has no cases; a paired interval needs at least 1");
        }
        long n = table.total();
        double a = table.both();
        double b = table.treatmentOnly();
        double c = table.controlOnly();
        double d = table.neither();
        long treatmentPasses = table.both() + table.treatmentOnly();
        long controlPasses = table.both() + table.controlOnly();
        double p1 = (double) treatmentPasses / n;
        double p2 = (double) controlPasses / n;
        Interval w1 = WilsonInterval.of(treatmentPasses, n, confidence);
        Interval w2 = WilsonInterval.of(controlPasses, n, confidence);
        double margins = (a + b) * (c + d) * (a + c) * (b + d);
        double phi = margins == 0 ? 0.0 : correctedCross(a * d - b * c, n) / Math.sqrt(margins);
        double theta = p1 - p2;
        double low = theta - Math.sqrt(Math.max(0.0, square(p1 - w1.low())
                - 2 * phi * (p1 - w1.low()) * (w2.high() - p2) + square(w2.high() - p2)));
        double high = theta + Math.sqrt(Math.max(0.0, square(p2 - w2.low())
                - 2 * phi * (p2 - w2.low()) * (w1.high() - p1) + square(w1.high() - p1)));
        return new Interval(Math.max(-1.0, low), Math.min(1.0, high));
    }

    /** Newcombe's correction of ad − bc by N/2 towards 0 (only a positive cross product is corrected). */
    private static double correctedCross(double cross, long n) {
        if (cross > n / 2.0) {
            return cross - n / 2.0;
        }
        return cross >= 0 ? 0.0 : cross;
    }

    private static double square(double x) {
        return x * x;
    }
}
