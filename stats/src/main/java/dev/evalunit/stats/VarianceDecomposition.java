package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One-way random-effects decomposition of repeat scores by the ANOVA (method-of-moments) estimators,
 * which allow unequal repeat counts per case (Searle, Casella and McCulloch, <i>Variance Components</i>,
 * 1992, §3.5–3.6): with n cases, k_i repeats of case i and N = Σk_i,
 * <pre>
 * σ² = MSW = ΣΣ(y_ik − ȳ_i)² / (N − n)
 * ω² = max(0, (MSB − MSW) / k₀),  MSB = Σ k_i (ȳ_i − ȳ)² / (n − 1),  k₀ = (N − Σk_i²/N) / (n − 1)
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VarianceDecomposition {

    private VarianceDecomposition() {
    }

    /**
     * Decomposes one variant's scores.
     *
     * @param scores {@code scores[case][repeat]}, finite; cases with no repeat are dropped and counted.
     *               Needs at least 2 cases and at least one case with 2 or more repeats.
     */
    public static VarianceComponents of(double[][] scores) {
        CaseMeans.requireValid("scores", scores);
        int n = 0;
        long total = 0;
        double sum = 0;
        double sumSquaredCounts = 0;
        double sumInverseCounts = 0;
        double withinSquares = 0;
        double sumOfCaseMeans = 0;
        for (double[] repeats : scores) {
            if (repeats.length == 0) {
                continue;
            }
            double caseMean = Descriptive.mean(repeats);
            n++;
            total += repeats.length;
            sum += caseMean * repeats.length;
            sumSquaredCounts += (double) repeats.length * repeats.length;
            sumInverseCounts += 1.0 / repeats.length;
            withinSquares += Descriptive.variance(repeats, caseMean) * (repeats.length - 1);
            sumOfCaseMeans += caseMean;
        }
        if (n < 2) {
            throw new IllegalArgumentException("scores has " + n
                    + " case(s) with a valid repeat; a variance decomposition needs at least 2");
        }
        if (total == n) {
            throw new IllegalArgumentException("every case in scores has exactly 1 repeat;"
                    + " the within-case variance needs at least one case with 2 or more repeats");
        }
        double grandMean = sum / total;
        double betweenSquares = 0;
        double allSquares = withinSquares;
        for (double[] repeats : scores) {
            if (repeats.length > 0) {
                double d = Descriptive.mean(repeats) - grandMean;
                betweenSquares += repeats.length * d * d;
            }
        }
        allSquares += betweenSquares;
        double msw = withinSquares / (total - n);
        double msb = betweenSquares / (n - 1);
        double k0 = (total - sumSquaredCounts / total) / (n - 1);
        double omega2 = Math.max(0.0, (msb - msw) / k0);
        double icc = omega2 + msw == 0 ? 0.0 : omega2 / (omega2 + msw);
        double betweenTerm = omega2 / n;
        double withinTerm = msw * (sumInverseCounts / n) / n;
        double naive = Math.sqrt(allSquares / (total - 1) / total);
        return new VarianceComponents(n, scores.length - n, (int) total, sumOfCaseMeans / n, omega2, msw, icc,
                Math.sqrt(betweenTerm + withinTerm), naive,
                omega2 > 0 ? VarianceComponents.Lever.MORE_CASES : VarianceComponents.Lever.MORE_REPEATS);
    }
}
