package dev.evalunit.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The exact McNemar test (the sign test on discordant pairs): under "no difference", the cases that only
 * one variant passes split Binomial(b + c, ½) between the variants. Same as statsmodels'
 * {@code mcnemar(table, exact=True)}.
 */
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
        double p = discordant == 0 ? 1.0
                : Math.min(1.0, 2 * new BinomialDistribution(null, (int) discordant, 0.5)
                        .cumulativeProbability((int) Math.min(table.treatmentOnly(), table.controlOnly())));
        return new McNemarResult(table.treatmentOnly(), table.controlOnly(), p);
    }
}
