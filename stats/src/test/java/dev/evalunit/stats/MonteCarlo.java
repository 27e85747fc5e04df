package dev.evalunit.stats;

/**
 * The size of the seeded Monte Carlo tests: {@value #PROPERTY} (default 2,000 runs per figure, fast enough
 * for every build; {@code -Devalunit.montecarlo.runs=10000} for the README's figures). Each test prints its
 * rate with the Monte Carlo standard error sqrt(p(1 − p)/runs).
 */
final class MonteCarlo {

    static final String PROPERTY = "evalunit.montecarlo.runs";

    private MonteCarlo() {
    }

    static int runs() {
        return Integer.getInteger(PROPERTY, 2000);
    }

    static void report(String what, int hits, int runs) {
        double p = (double) hits / runs;
        System.out.printf(java.util.Locale.ROOT, "[monte-carlo] %s: %.4f ± %.4f (%d runs)%n", what, p,
                Math.sqrt(p * (1 - p) / runs), runs);
    }
}
