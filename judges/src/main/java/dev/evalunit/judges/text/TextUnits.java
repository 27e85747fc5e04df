package dev.evalunit.judges.text;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts what people mean by characters, words and sentences, for any script. */
final class TextUnits {

    /** Extended grapheme clusters: "é" written with a combining accent, or a family emoji, is one character. */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]");

    private TextUnits() {
    }

    /** User-perceived characters (extended grapheme clusters). */
    public static int characters(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Words: word-break segments that hold a letter or digit. */
    public static int words(String text) {
        return segments(BreakIterator.getWordInstance(Locale.ROOT), text);
    }

    /** Sentences: sentence-break segments that hold a letter or digit. */
    public static int sentences(String text) {
        return segments(BreakIterator.getSentenceInstance(Locale.ROOT), text);
    }

    private static int segments(BreakIterator iterator, String text) {
        iterator.setText(text);
        int count = 0;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (WORD.matcher(text.subSequence(start, end)).find()) {
                count++;
            }
        }
        return count;
    }
}
