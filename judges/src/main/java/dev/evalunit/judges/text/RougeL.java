package dev.evalunit.judges.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-L: the longest common subsequence of word tokens between a candidate and a reference, as
 * precision (LCS / candidate tokens), recall (LCS / reference tokens) and their F1. Tokens are runs of
 * letters, marks and digits in NFC lower case, so every script tokenises.
 */
final class RougeL {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /**
     * One comparison.
     *
     * @param precision LCS / candidate tokens
     * @param recall    LCS / reference tokens
     * @param f1        harmonic mean of precision and recall (0 when either is 0)
     */
    public record Result(double precision, double recall, double f1) {
    }

    private RougeL() {
    }

    public static Result score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        if (c.isEmpty() && r.isEmpty()) {
            return new Result(1.0, 1.0, 1.0);
        }
        if (c.isEmpty() || r.isEmpty()) {
            return new Result(0.0, 0.0, 0.0);
        }
        QuadraticWork.check(c.size(), r.size(), "words");
        int lcs = lcs(c, r);
        double precision = (double) lcs / c.size();
        double recall = (double) lcs / r.size();
        double f1 = lcs == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1);
    }

    static List<String> tokens(String text) {
        Matcher matcher = TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1))
                        ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
