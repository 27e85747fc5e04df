package dev.evalunit.bucketing;

/**
 * UTF-8 encoding one code point at a time, without allocating. A lone surrogate encodes as U+FFFD
 * ({@code EF BF BD}), as Node.js and every WHATWG encoder do; {@link String#getBytes} would write
 * {@code ?} instead, and the hashes of such ids would then differ between languages.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Encodes the code point starting at {@code index}.
     *
     * @return the bytes packed little-endian in the low 32 bits and their count (1..4) in bits 32..34;
     *         a count of 4 means two chars (a surrogate pair) were consumed
     */
    static long encodeAt(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c < 0x80) {
            return 1L << 32 | c;
        }
        if (c < 0x800) {
            return 2L << 32 | (0xC0 | c >>> 6) | (0x80 | c & 0x3F) << 8;
        }
        if (Character.isHighSurrogate(c) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(index + 1));
            return 4L << 32 | (0xF0 | cp >>> 18) | (0x80 | cp >>> 12 & 0x3F) << 8
                    | (0x80 | cp >>> 6 & 0x3F) << 16 | (long) (0x80 | cp & 0x3F) << 24;
        }
        int unit = Character.isSurrogate(c) ? 0xFFFD : c;
        return 3L << 32 | (0xE0 | unit >>> 12) | (0x80 | unit >>> 6 & 0x3F) << 8 | (0x80 | unit & 0x3F) << 16;
    }

    /** The number of chars the encoded code point consumed. */
    static int charsConsumed(long encoded) {
        return count(encoded) == 4 ? 2 : 1;
    }

    /** The number of bytes in the encoded code point. */
    static int count(long encoded) {
        return (int) (encoded >>> 32);
    }

    /** The UTF-8 length of {@code text} in bytes. */
    static int length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            long encoded = encodeAt(text, i);
            bytes += count(encoded);
            i += charsConsumed(encoded);
        }
        return bytes;
    }
}
