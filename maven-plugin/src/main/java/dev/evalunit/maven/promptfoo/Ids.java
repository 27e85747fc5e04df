package dev.evalunit.maven.promptfoo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** EvalUnit ids (letters, digits, '.', '_', '-') made from promptfoo labels, unique within one kind. */
final class Ids {

    private final Set<String> used = new HashSet<>();

    static String slug(String label) {
        String slug = label.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[-.]+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** The id itself the first time, then {@code id-2}, {@code id-3}, ... */
    String unique(String id) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
