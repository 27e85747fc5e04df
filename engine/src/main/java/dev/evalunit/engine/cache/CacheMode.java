package dev.evalunit.engine.cache;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/** How a run uses the response cache ({@value CacheKeys#MODE}). */
@API(status = INTERNAL, since = "0.1")
public enum CacheMode {
    /** Serve hits, call the provider on a miss and store the answer. The default. */
    READ_WRITE,
    /** Serve hits; a miss is an error and no provider is called (for CI that must not spend money). */
    REPLAY,
    /** Call the provider for every request and overwrite the entries. */
    REFRESH,
    /** Neither read nor write. */
    OFF;

    /** The configuration spelling, e.g. {@code read-write}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code read-write}, {@code replay}, {@code refresh} or {@code off} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the key and the allowed values
     */
    public static CacheMode parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.key().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(CacheKeys.MODE + " must be one of "
                        + Arrays.stream(values()).map(CacheMode::key).collect(Collectors.joining(", "))
                        + ", was '" + text + "'"));
    }

    boolean reads() {
        return this == READ_WRITE || this == REPLAY;
    }

    boolean writes() {
        return this == READ_WRITE || this == REFRESH;
    }
}
