package dev.evalunit.bucketing;

/**
 * MurmurHash3 x86 32-bit (seed 0) over UTF-8 bytes, with the hash state of a fixed prefix computed once.
 * Stable bucketing hashes {@code salt + ":" + purpose + ":" + unitId}; only the unit id varies per call,
 * so a {@code Murmur3} holding the prefix state hashes it with no allocation and no string building.
 * Instances are immutable and thread-safe.
 */
final class Murmur3 {

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private final int prefixState;
    private final int prefixPending;
    private final int prefixPendingCount;
    private final int prefixLength;

    private Murmur3(int state, int pending, int pendingCount, int length) {
        this.prefixState = state;
        this.prefixPending = pending;
        this.prefixPendingCount = pendingCount;
        this.prefixLength = length;
    }

    /** A hasher of {@code prefix + suffix} for any suffix. */
    public static Murmur3 withPrefix(String prefix) {
        int state = 0;
        int pending = 0;
        int count = 0;
        int length = 0;
        for (int i = 0; i < prefix.length(); ) {
            long encoded = Utf8.encodeAt(prefix, i);
            for (int b = 0, n = Utf8.count(encoded); b < n; b++) {
                pending |= ((int) (encoded >>> (b << 3)) & 0xFF) << (count << 3);
                length++;
                if (++count == 4) {
                    state = mixBlock(state, pending);
                    pending = 0;
                    count = 0;
                }
            }
            i += Utf8.charsConsumed(encoded);
        }
        return new Murmur3(state, pending, count, length);
    }

    /** The hash of {@code text} alone. */
    public static int hash(String text) {
        return withPrefix("").hashSuffix(text);
    }

    /** The 32-bit hash of the prefix followed by {@code suffix}. */
    public int hashSuffix(String suffix) {
        int state = prefixState;
        int pending = prefixPending;
        int count = prefixPendingCount;
        int length = prefixLength;
        int n = suffix.length();
        int i = 0;
        // Fast path: four ASCII chars form one little-endian word, spliced after the pending prefix bytes.
        int shift = count << 3;
        while (i + 4 <= n) {
            char c0 = suffix.charAt(i);
            char c1 = suffix.charAt(i + 1);
            char c2 = suffix.charAt(i + 2);
            char c3 = suffix.charAt(i + 3);
            if ((c0 | c1 | c2 | c3) >= 0x80) {
                break;
            }
            int word = c0 | c1 << 8 | c2 << 16 | c3 << 24;
            state = mixBlock(state, pending | word << shift);
            pending = shift == 0 ? 0 : word >>> (32 - shift);
            length += 4;
            i += 4;
        }
        while (i < n) {
            long encoded = Utf8.encodeAt(suffix, i);
            for (int b = 0, bytes = Utf8.count(encoded); b < bytes; b++) {
                pending |= ((int) (encoded >>> (b << 3)) & 0xFF) << (count << 3);
                length++;
                if (++count == 4) {
                    state = mixBlock(state, pending);
                    pending = 0;
                    count = 0;
                }
            }
            i += Utf8.charsConsumed(encoded);
        }
        if (count > 0) {
            state ^= mixK(pending);
        }
        return finalMix(state ^ length);
    }

    private static int mixK(int k) {
        return Integer.rotateLeft(k * C1, 15) * C2;
    }

    private static int mixBlock(int state, int k) {
        return Integer.rotateLeft(state ^ mixK(k), 13) * 5 + 0xe6546b64;
    }

    private static int finalMix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }
}
