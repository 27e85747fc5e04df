package dev.evalunit.judges.text;

import java.util.Locale;

/**
 * A bound on comparisons whose work grows with the product of two lengths (edit distance, longest common
 * subsequence): above {@link #MAX_CELLS} cells a single score would take seconds to minutes and could stall a
 * run, so the comparison is refused and the sample gets an error score saying why.
 */
final class QuadraticWork {

    /** The most cells (length × length) one comparison may fill: about 0.1 s of edit distance. */
    public static final long MAX_CELLS = 25_000_000L;

    private QuadraticWork() {
    }

    /**
     * @throws TooLarge when {@code a × b} exceeds {@link #MAX_CELLS}
     */
    static void check(long a, long b, String unit) {
        if (a * b > MAX_CELLS) {
            throw new TooLarge(String.format(Locale.ROOT,
                    "too long to compare: %,d × %,d %s exceeds the limit of %,d for a comparison whose work grows "
                            + "with the product of the lengths", a, b, unit, MAX_CELLS));
        }
    }

    /** A comparison refused for its size. */
    public static final class TooLarge extends IllegalArgumentException {
        TooLarge(String message) {
            super(message);
        }
    }
}
