package dev.evalunit.stats;

import org.apache.commons.math3.special.Beta;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The exact McNemar test (the sign test on discordant pairs): under "no difference", the cases that only
 * one variant passes split Binomial(b + c, ½) between the variants. Same as statsmodels'
 * {@code mcnemar(table, exact=True)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class McNemarTest {

    private McNemarTest() {
    }

    /** Tests a paired 2×2 table. */
    public static McNemarResult exact(PairedTable table) {
        if (table == null) {
            throw new IllegalArgumentException("table is null; build it with PairedTable.of");
        }
        long discordant = table.treatmentOnly() + table.controlOnly();
        if (discordant > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(discordant + " discordant cases exceed the exact test's range");
        }
        long fewer = Math.min(table.treatmentOnly(), table.controlOnly());
        double p = discordant == 0 || 2 * fewer >= discordant ? 1.0
                : Math.min(1.0, 2 * lowerTail(fewer, discordant));
        return new McNemarResult(table.treatmentOnly(), table.controlOnly(), p);
    }

    /**
     * P(X ≤ k) for X ~ Binomial(n, ½), computed as a lower tail so that a tail far below 1e-16 keeps its
     * digits (1 − cdf of the upper tail cancels to 0): the sum of the terms C(n, i)/2ⁿ while 2⁻ⁿ is a normal
     * double (exact for small tables, 0.125 for 0 of 4), the regularized beta I_½(n − k, k + 1) beyond.
     */
    private static double lowerTail(long k, long n) {
        if (n <= 1000) {
            double term = Math.pow(2, -n);
            double sum = term;
            for (long i = 0; i < k; i++) {
                term *= (double) (n - i) / (i + 1);
                sum += term;
            }
            return sum;
        }
        return Beta.regularizedBeta(0.5, n - k, k + 1.0, 1e-15, Integer.MAX_VALUE);
    }
}
