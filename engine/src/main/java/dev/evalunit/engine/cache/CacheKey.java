package dev.evalunit.engine.cache;

import dev.evalunit.api.spi.ModelRequest;
import org.apiguardian.api.API;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Where a response is cached: a salted SHA-256 over the request's fingerprint (provider, model, every
 * parameter, the messages, the repeat index and the request's key parts) and the provider's identity (its
 * endpoint and a fingerprint of the credential's account). The salt belongs to the cache directory, so the
 * key of a credential can be compared only within it and nothing about a key can be read back from a file name.
 *
 * @param value 64 hex digits
 */
@API(status = INTERNAL, since = "0.1")
public record CacheKey(String value) {

    public CacheKey {
        if (!isHex64(value)) {
            throw new IllegalArgumentException("a cache key is 64 lower-case hex digits, was " + value);
        }
    }

    private static boolean isHex64(String value) {
        if (value == null || value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    static CacheKey of(Digests digests, ModelRequest request, Map<String, String> providerIdentity) {
        StringBuilder canonical = new StringBuilder(128);
        part(canonical, "request", request.fingerprint());
        for (Map.Entry<String, String> part : new TreeMap<>(providerIdentity).entrySet()) {
            part(canonical, "provider." + part.getKey(), part.getValue());
        }
        return new CacheKey(HexFormat.of().formatHex(
                digests.hmac(canonical.toString().getBytes(StandardCharsets.UTF_8))));
    }

    private static void part(StringBuilder canonical, String name, String value) {
        canonical.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    @Override
    public String toString() {
        return value;
    }
}
