package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for names a person typed: the known names closest to a misspelled one. */
@API(status = INTERNAL, since = "0.1")
public final class Suggestions {

    private static final int MAX_SHOWN = 3;

    private Suggestions() {
    }

    /**
     * The known names within a few edits of {@code typed} (case ignored), closest first; at most three. A name
     * is close when its distance is at most a third of the longer name's length (and at least one edit is
     * allowed), so short names do not suggest everything.
     */
    public static List<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        return known.stream().distinct()
                .map(name -> new Scored(name, distance(wanted, name.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= Math.max(1, Math.max(wanted.length(), s.name().length()) / 3))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX_SHOWN).map(Scored::name).toList();
    }

    /** {@code "; did you mean 'a' or 'b'?"}, or empty when no known name is close. */
    public static String hint(String typed, Collection<String> known) {
        List<String> close = closest(typed, known);
        if (close.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", close.stream().map(name -> "'" + name + "'").toList()) + "?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
