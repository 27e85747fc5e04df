package dev.evalunit.judges.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Delimits untrusted text (model output, dataset fields) in a judge prompt. The text goes between
 * {@code <untrusted-LABEL-NONCE>} tags whose nonce is derived from the text itself, so the prompt stays
 * deterministic (and cacheable) while the text cannot know its own closing tag; any tag-like
 * {@code <untrusted-} or {@code </untrusted-} inside the text is escaped as well, so the text can
 * neither close its section nor open a new one. Look-alikes count as tags too: a fullwidth or angle-quote
 * {@code <}, fullwidth letters or slash, and spaces or invisible characters (zero-width space, joiners)
 * anywhere between the bracket and the word.
 */
final class Untrusted {

    /** Every untrusted section's tag starts with this. */
    static final String TAG_PREFIX = "untrusted-";

    /** {@code <} and the characters a reader (or a model) takes for one. */
    private static final String LESS_THAN = "<\uFF1C\uFE64\u2039\u3008\u27E8\u276E\u02C2";
    /** Slashes NFKC leaves alone. */
    private static final String SLASHES = "\u2044\u2215\u29F8";
    private static final String WORD = "untrusted";

    private Untrusted() {
    }

    /** The text wrapped in its section, e.g. {@code <untrusted-output-1a2b3c4d>…</untrusted-output-1a2b3c4d>}. */
    static String section(String label, String text) {
        String tag = TAG_PREFIX + label + "-" + nonce(label, text);
        return "<" + tag + ">\n" + neutralise(text) + "\n</" + tag + ">";
    }

    /** The text with the bracket of every tag-like {@code <untrusted} or {@code </untrusted} escaped to {@code &lt;}. */
    static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LESS_THAN.indexOf(c) >= 0 && opensTag(text, i + 1)) {
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text from {@code from} reads as {@code untrusted} or {@code /untrusted}, look-alikes folded. */
    private static boolean opensTag(String text, int from) {
        StringBuilder seen = new StringBuilder();
        for (int i = from; i < text.length() && seen.length() <= WORD.length() && i < from + 8 * WORD.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                seen.append(SLASHES.indexOf(c) >= 0 ? '/' : c);
            }
        }
        String folded = Normalizer.normalize(seen, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.startsWith(WORD) || folded.startsWith("/" + WORD);
    }

    private static String nonce(String label, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((label + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
