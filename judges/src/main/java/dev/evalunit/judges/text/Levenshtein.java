package dev.evalunit.judges.text;

/**
 * Levenshtein edit distance over Unicode code points (an emoji is one edit, not two), and the normalised
 * edit similarity {@code 1 - distance / max(length)}.
 */
final class Levenshtein {

    private Levenshtein() {
    }

    /**
     * The number of single code point insertions, deletions and substitutions that turn a into b.
     *
     * @throws QuadraticWork.TooLarge when the product of the lengths exceeds {@link QuadraticWork#MAX_CELLS}
     */
    public static int distance(String a, String b) {
        int[] left = a.codePoints().toArray();
        int[] right = b.codePoints().toArray();
        QuadraticWork.check(left.length, right.length, "code points");
        if (left.length < right.length) {
            int[] swap = left;
            left = right;
            right = swap;
        }
        int[] previous = new int[right.length + 1];
        int[] current = new int[right.length + 1];
        for (int j = 0; j <= right.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length; i++) {
            current[0] = i;
            int code = left[i - 1];
            for (int j = 1; j <= right.length; j++) {
                int substitution = previous[j - 1] + (code == right[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length];
    }

    /** {@code 1 - distance / max(length in code points)}; two empty texts are identical (1). */
    public static double similarity(String a, String b) {
        int longest = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        return longest == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longest;
    }
}
