package dev.evalunit.judges;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Short quotations of (possibly very long) text for score reasons. */
@API(status = INTERNAL, since = "0.1")
public final class Excerpt {

    private static final int LIMIT = 80;

    private Excerpt() {
    }

    /** The text in quotes, cut at {@value #LIMIT} code points with an ellipsis, never splitting a surrogate pair. */
    public static String of(String text) {
        String cut = cut(text);
        return cut.length() == text.length() ? "'" + text + "'" : "'" + cut + "' (" + text.length() + " chars)";
    }

    /** The text itself when short, else its first {@value #LIMIT} code points and an ellipsis. */
    public static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= LIMIT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LIMIT)) + "…";
    }
}
