package dev.evalunit.engine.cache;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA256 under the cache directory's salt: cache keys and entry digests. Each thread keeps its own
 * initialised {@link Mac} (a {@code Mac} is not thread-safe, and looking one up and keying it costs more than
 * the digest of a small entry).
 */
final class Digests {

    private final ThreadLocal<Mac> macs;

    Digests(byte[] salt) {
        SecretKeySpec key = new SecretKeySpec(salt, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
            }
        });
    }

    byte[] hmac(byte[] content) {
        return macs.get().doFinal(content);
    }
}
