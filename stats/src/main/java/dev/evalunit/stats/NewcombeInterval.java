package dev.evalunit.stats;

/**
 * Newcombe's score interval for the difference of paired proportions, method 10 of R. G. Newcombe,
 * "Improved confidence intervals for the difference between binomial proportions based on paired data",
 * Statistics in Medicine 17 (1998) 2635–2650. It combines the Wilson intervals (l₁, u₁) of the treatment
 * rate p₁ and (l₂, u₂) of the control rate p₂ with the phi correlation of the table, φ = (ad − bc) /
 * sqrt((a+b)(c+d)(a+c)(b+d)) (0 when a margin is empty):
 * <pre>
 * low  = θ − sqrt((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²)
 * high = θ + sqrt((p₂ − l₂)² − 2φ(p₂ − l₂)(u₁ − p₁) + (u₁ − p₁)²)
 * </pre>
 * where θ = p₁ − p₂. Unlike the Wald interval it stays inside [−1, 1] and keeps its coverage with few
 * discordant cases.
 */
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
        double phi = margins == 0 ? 0.0 : (a * d - b * c) / Math.sqrt(margins);
        double theta = p1 - p2;
        double low = theta - Math.sqrt(Math.max(0.0, square(p1 - w1.low())
                - 2 * phi * (p1 - w1.low()) * (w2.high() - p2) + square(w2.high() - p2)));
        double high = theta + Math.sqrt(Math.max(0.0, square(p2 - w2.low())
                - 2 * phi * (p2 - w2.low()) * (w1.high() - p1) + square(w1.high() - p1)));
        return new Interval(Math.max(-1.0, low), Math.min(1.0, high));
    }

    private static double square(double x) {
        return x * x;
    }
}
