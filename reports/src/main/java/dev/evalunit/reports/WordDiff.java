package dev.evalunit.reports;

import dev.evalunit.reports.model.DiffSegment;
import dev.evalunit.reports.model.DiffSegment.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff of an output against the baseline's output: a longest common subsequence over words
 * (a word keeps its trailing whitespace for display but is compared without it), after trimming the common
 * prefix and suffix. Texts whose differing middles are too long to compare cheaply are not diffed.
 */
final class WordDiff {

    /** The most cells of the LCS table one diff may use (about 1,000 × 1,000 differing words). */
    static final long MAX_CELLS = 1_000_000;

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {
    }

    /**
     * The segments of {@code text} compared with {@code baseline}, in reading order, with words only in the
     * baseline as {@link Kind#REMOVED} segments where they were; empty when the texts are too long to diff.
     */
    static Optional<List<DiffSegment>> diff(String baseline, String text) {
        List<String> a = words(baseline);
        List<String> b = words(text);
        int[] ids = new int[a.size() + b.size()];
        Map<String, Integer> vocabulary = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            String word = i < a.size() ? a.get(i) : b.get(i - a.size());
            ids[i] = vocabulary.computeIfAbsent(word.strip(), w -> vocabulary.size());
        }
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && ids[prefix] == ids[a.size() + prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && ids[a.size() - 1 - suffix] == ids[a.size() + b.size() - 1 - suffix]) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            return Optional.empty();
        }
        Segments out = new Segments();
        for (int i = 0; i < prefix; i++) {
            out.add(b.get(i), Kind.SAME);
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ids[prefix + i] == ids[a.size() + prefix + j]
                        ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && ids[prefix + i] == ids[a.size() + prefix + j]) {
                out.add(b.get(prefix + j++), Kind.SAME);
                i++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(b.get(prefix + j++), Kind.ADDED);
            } else {
                out.add(a.get(prefix + i++), Kind.REMOVED);
            }
        }
        for (int k = b.size() - suffix; k < b.size(); k++) {
            out.add(b.get(k), Kind.SAME);
        }
        return Optional.of(out.finish());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * Merges consecutive words of the same kind into one segment, separating words that the diff puts side by
     * side without whitespace between them (the last word of one text next to a word of the other).
     */
    private static final class Segments {
        private final List<DiffSegment> segments = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private Kind kind;
        private boolean lastWasSpace = true;

        void add(String word, Kind next) {
            if (next != kind && kind != null) {
                flush();
            }
            kind = next;
            if (!lastWasSpace && !word.isEmpty() && !Character.isWhitespace(word.charAt(0))) {
                pending.append(' ');
            }
            pending.append(word);
            lastWasSpace = word.isEmpty() ? lastWasSpace : Character.isWhitespace(word.charAt(word.length() - 1));
        }

        private void flush() {
            segments.add(new DiffSegment(pending.toString(), kind));
            pending.setLength(0);
        }

        List<DiffSegment> finish() {
            if (kind != null) {
                flush();
                kind = null;
            }
            return segments;
        }
    }
}
