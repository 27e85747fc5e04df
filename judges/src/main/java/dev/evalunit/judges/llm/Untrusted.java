package dev.evalunit.judges.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Delimits untrusted text (model output, dataset fields) in a judge prompt. The text goes between
 * {@code <untrusted-LABEL-NONCE>} tags whose nonce is derived from the text itself, so the prompt stays
 * deterministic (and cacheable) while the text cannot know its own closing tag; any tag-like
 * {@code <untrusted-} or {@code </untrusted-} inside the text is escaped as well, so the text can
 * neither close its section nor open a new one.
 */
final class Untrusted {

    /** Every untrusted section's tag starts with this. */
    static final String TAG_PREFIX = "untrusted-";

    private static final Pattern TAG_LIKE = Pattern.compile("<\\s*(/?)\\s*(" + TAG_PREFIX + ")", Pattern.CASE_INSENSITIVE);

    private Untrusted() {
    }

    /** The text wrapped in its section, e.g. {@code <untrusted-output-1a2b3c4d>…</untrusted-output-1a2b3c4d>}. */
    static String section(String label, String text) {
        String tag = TAG_PREFIX + label + "-" + nonce(label, text);
        return "<" + tag + ">\n" + neutralise(text) + "\n</" + tag + ">";
    }

    /** The text with every tag-like {@code <untrusted-} escaped to {@code &lt;untrusted-}. */
    static String neutralise(String text) {
        return TAG_LIKE.matcher(text).replaceAll("&lt;$1$2");
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
