package dev.evalunit.judges.text;

import java.util.Locale;

/**
 * Turns a suite's regular expression into one for RE2/J, whose matching time grows linearly with the text
 * (no backtracking: a pattern like {@code (.*){1,32}[bc]} cannot hang a run). Two things RE2 does differently
 * from {@code java.util.regex} are put back: {@code \w}, {@code \d} and {@code \s} (and their negations outside
 * character classes) match Unicode letters, digits and spaces; and with case folding, characters whose full
 * case folding is longer than one character ({@code ß} → {@code ss}, {@code ﬁ} → {@code fi}) are spelled
 * out in the pattern, to match text that {@link dev.evalunit.judges.TextNormalizer} folded fully, so
 * {@code STRASSE} matches {@code straße} either way round (RE2 folds the rest itself).
 */
final class LinearRegex {

    private static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    private static final String DIGIT = "\\p{Nd}";
    private static final String SPACE = "\\s\\p{Z}";

    private LinearRegex() {
    }

    /**
     * The RE2/J form of a pattern.
     *
     * @param fold whether case is ignored (multi-character case foldings are spelled out)
     */
    static String translate(String pattern, boolean fold) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        boolean inClass = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                i = escape(pattern, i, inClass, out);
            } else if (inClass) {
                inClass = c != ']';
                out.append(c);
                i++;
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                i++;
                if (i < pattern.length() && pattern.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                if (i < pattern.length() && pattern.charAt(i) == ']') {
                    out.append(']');
                    i++;
                }
            } else {
                int codePoint = pattern.codePointAt(i);
                String folded = fold ? expandedFolding(codePoint) : null;
                out.append(folded == null ? Character.toString(codePoint) : "(?:" + folded + ")");
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    /** Copies or rewrites the escape at {@code i}; returns the index after it. */
    private static int escape(String pattern, int i, boolean inClass, StringBuilder out) {
        char next = pattern.charAt(i + 1);
        switch (next) {
            case 'Q' -> {
                int end = pattern.indexOf("\\E", i + 2);
                int stop = end < 0 ? pattern.length() : end + 2;
                out.append(pattern, i, stop);
                return stop;
            }
            case 'p', 'P', 'x' -> {
                int close = pattern.indexOf('}', i + 2);
                int stop = i + 2 < pattern.length() && pattern.charAt(i + 2) == '{' && close > 0 ? close + 1
                        : Math.min(pattern.length(), i + (next == 'x' ? 4 : 3));
                out.append(pattern, i, stop);
                return stop;
            }
            case 'w', 'd', 's' -> {
                String members = next == 'w' ? WORD : next == 'd' ? DIGIT : SPACE;
                out.append(inClass ? members : "[" + members + "]");
                return i + 2;
            }
            case 'W', 'D', 'S' -> {
                String members = next == 'W' ? WORD : next == 'D' ? DIGIT : SPACE;
                out.append(inClass ? pattern.substring(i, i + 2) : "[^" + members + "]");
                return i + 2;
            }
            default -> {
                int codePoint = pattern.codePointAt(i + 1);
                out.append('\\').appendCodePoint(codePoint);
                return i + 1 + Character.charCount(codePoint);
            }
        }
    }

    /** The full case folding of a code point when it is longer than one character, else null. */
    private static String expandedFolding(int codePoint) {
        String text = Character.toString(codePoint);
        String folded = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return folded.codePointCount(0, folded.length()) > 1 ? folded : null;
    }
}
