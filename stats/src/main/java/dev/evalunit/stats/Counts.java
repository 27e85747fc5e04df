package dev.evalunit.stats;

/** Validation of binomial counts shared by the proportion tests and intervals. */
final class Counts {

    private Counts() {
    }

    static void requireBinomial(String group, long successes, long trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials" + group + " is " + trials
                    + "; a proportion needs at least 1 trial");
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes" + group + " is " + successes
                    + "; it must lie between 0 and trials" + group + " (" + trials + ")");
        }
    }
}
