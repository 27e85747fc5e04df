package dev.evalunit.judges.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An opaque reference to what a judge request judges (variant, case, generation repeat). It is a key part of the
 * request ({@link dev.evalunit.api.spi.ModelRequest#withKeyPart}), so the request's fingerprint, which keys the
 * response cache, tells apart the judgements of samples whose prompts are identical (repeats at temperature 0, two
 * variants with the same output): a re-run from the cache then hands every sample the answer it got the first
 * time. The judge never sees it.
 */
final class JudgedSample {

    /** The name of the key part. */
    static final String KEY = "judged";

    private JudgedSample() {
    }

    /** The reference of the sample named by these parts. */
    static String reference(String... parts) {
        StringBuilder canonical = new StringBuilder();
        for (String part : parts) {
            canonical.append(part.length()).append(':').append(part).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
