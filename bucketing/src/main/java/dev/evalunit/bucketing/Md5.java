package dev.evalunit.bucketing;

/**
 * The first 32 bits of the MD5 digest of a UTF-8 string, as the Node.js service computed them with
 * {@code parseInt(md5hex.substring(0, 8), 16)}. A compact MD5 (RFC 1321) that encodes straight into its
 * message words, because {@code MessageDigest} would cost a byte array, a digest array and a
 * provider lookup per assignment.
 */
final class Md5 {

    private Md5() {
    }

    /**
     * The first 8 hex digits of {@code md5(first + second)} as an unsigned value in a long, i.e. exactly
     * the {@code hashInt} of the source article's {@code hashUserToVariant}.
     */
    public static long first32(String first, String second) {
        return first32(first, utf8(second));
    }

    /** As {@link #first32(String, String)} with the second part already UTF-8 encoded by {@link #utf8}. */
    public static long first32(String first, byte[] secondUtf8) {
        int length = Utf8.length(first) + secondUtf8.length;
        int[] words = new int[(length + 8 >>> 6) + 1 << 4];
        int position = put(words, first);
        for (byte b : secondUtf8) {
            words[position >>> 2] |= (b & 0xFF) << ((position & 3) << 3);
            position++;
        }
        words[position >>> 2] |= 0x80 << ((position & 3) << 3);
        long bits = (long) length << 3;
        words[words.length - 2] = (int) bits;
        words[words.length - 1] = (int) (bits >>> 32);
        return Integer.toUnsignedLong(Integer.reverseBytes(digestA(words)));
    }

    /** The UTF-8 bytes of {@code text}, lone surrogates as U+FFFD (as Node.js encodes them). */
    public static byte[] utf8(String text) {
        byte[] bytes = new byte[Utf8.length(text)];
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            long encoded = Utf8.encodeAt(text, i);
            for (int b = 0, n = Utf8.count(encoded); b < n; b++) {
                bytes[position++] = (byte) (encoded >>> (b << 3));
            }
            i += Utf8.charsConsumed(encoded);
        }
        return bytes;
    }

    /** Writes the UTF-8 bytes of {@code text} into the little-endian message words; returns the byte count. */
    private static int put(int[] words, String text) {
        int position = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                words[position >>> 2] |= c << ((position & 3) << 3);
                position++;
                i++;
                continue;
            }
            long encoded = Utf8.encodeAt(text, i);
            for (int b = 0, count = Utf8.count(encoded); b < count; b++, position++) {
                words[position >>> 2] |= ((int) (encoded >>> (b << 3)) & 0xFF) << ((position & 3) << 3);
            }
            i += Utf8.charsConsumed(encoded);
        }
        return position;
    }

    /**
     * Runs the compression over all blocks and returns word A of the final state (digest bytes 0..3).
     * Unrolled as in RFC 1321's reference code, so the shifts and constants are immediate operands.
     */
    private static int digestA(int[] words) {
        int a0 = 0x67452301;
        int b0 = 0xefcdab89;
        int c0 = 0x98badcfe;
        int d0 = 0x10325476;
        for (int block = 0; block < words.length; block += 16) {
            int x0 = words[block + 0];
            int x1 = words[block + 1];
            int x2 = words[block + 2];
            int x3 = words[block + 3];
            int x4 = words[block + 4];
            int x5 = words[block + 5];
            int x6 = words[block + 6];
            int x7 = words[block + 7];
            int x8 = words[block + 8];
            int x9 = words[block + 9];
            int x10 = words[block + 10];
            int x11 = words[block + 11];
            int x12 = words[block + 12];
            int x13 = words[block + 13];
            int x14 = words[block + 14];
            int x15 = words[block + 15];
            int a = a0;
            int b = b0;
            int c = c0;
            int d = d0;
            a = ff(a, b, c, d, x0, 7, 0xd76aa478);
            d = ff(d, a, b, c, x1, 12, 0xe8c7b756);
            c = ff(c, d, a, b, x2, 17, 0x242070db);
            b = ff(b, c, d, a, x3, 22, 0xc1bdceee);
            a = ff(a, b, c, d, x4, 7, 0xf57c0faf);
            d = ff(d, a, b, c, x5, 12, 0x4787c62a);
            c = ff(c, d, a, b, x6, 17, 0xa8304613);
            b = ff(b, c, d, a, x7, 22, 0xfd469501);
            a = ff(a, b, c, d, x8, 7, 0x698098d8);
            d = ff(d, a, b, c, x9, 12, 0x8b44f7af);
            c = ff(c, d, a, b, x10, 17, 0xffff5bb1);
            b = ff(b, c, d, a, x11, 22, 0x895cd7be);
            a = ff(a, b, c, d, x12, 7, 0x6b901122);
            d = ff(d, a, b, c, x13, 12, 0xfd987193);
            c = ff(c, d, a, b, x14, 17, 0xa679438e);
            b = ff(b, c, d, a, x15, 22, 0x49b40821);
            a = gg(a, b, c, d, x1, 5, 0xf61e2562);
            d = gg(d, a, b, c, x6, 9, 0xc040b340);
            c = gg(c, d, a, b, x11, 14, 0x265e5a51);
            b = gg(b, c, d, a, x0, 20, 0xe9b6c7aa);
            a = gg(a, b, c, d, x5, 5, 0xd62f105d);
            d = gg(d, a, b, c, x10, 9, 0x02441453);
            c = gg(c, d, a, b, x15, 14, 0xd8a1e681);
            b = gg(b, c, d, a, x4, 20, 0xe7d3fbc8);
            a = gg(a, b, c, d, x9, 5, 0x21e1cde6);
            d = gg(d, a, b, c, x14, 9, 0xc33707d6);
            c = gg(c, d, a, b, x3, 14, 0xf4d50d87);
            b = gg(b, c, d, a, x8, 20, 0x455a14ed);
            a = gg(a, b, c, d, x13, 5, 0xa9e3e905);
            d = gg(d, a, b, c, x2, 9, 0xfcefa3f8);
            c = gg(c, d, a, b, x7, 14, 0x676f02d9);
            b = gg(b, c, d, a, x12, 20, 0x8d2a4c8a);
            a = hh(a, b, c, d, x5, 4, 0xfffa3942);
            d = hh(d, a, b, c, x8, 11, 0x8771f681);
            c = hh(c, d, a, b, x11, 16, 0x6d9d6122);
            b = hh(b, c, d, a, x14, 23, 0xfde5380c);
            a = hh(a, b, c, d, x1, 4, 0xa4beea44);
            d = hh(d, a, b, c, x4, 11, 0x4bdecfa9);
            c = hh(c, d, a, b, x7, 16, 0xf6bb4b60);
            b = hh(b, c, d, a, x10, 23, 0xbebfbc70);
            a = hh(a, b, c, d, x13, 4, 0x289b7ec6);
            d = hh(d, a, b, c, x0, 11, 0xeaa127fa);
            c = hh(c, d, a, b, x3, 16, 0xd4ef3085);
            b = hh(b, c, d, a, x6, 23, 0x04881d05);
            a = hh(a, b, c, d, x9, 4, 0xd9d4d039);
            d = hh(d, a, b, c, x12, 11, 0xe6db99e5);
            c = hh(c, d, a, b, x15, 16, 0x1fa27cf8);
            b = hh(b, c, d, a, x2, 23, 0xc4ac5665);
            a = ii(a, b, c, d, x0, 6, 0xf4292244);
            d = ii(d, a, b, c, x7, 10, 0x432aff97);
            c = ii(c, d, a, b, x14, 15, 0xab9423a7);
            b = ii(b, c, d, a, x5, 21, 0xfc93a039);
            a = ii(a, b, c, d, x12, 6, 0x655b59c3);
            d = ii(d, a, b, c, x3, 10, 0x8f0ccc92);
            c = ii(c, d, a, b, x10, 15, 0xffeff47d);
            b = ii(b, c, d, a, x1, 21, 0x85845dd1);
            a = ii(a, b, c, d, x8, 6, 0x6fa87e4f);
            d = ii(d, a, b, c, x15, 10, 0xfe2ce6e0);
            c = ii(c, d, a, b, x6, 15, 0xa3014314);
            b = ii(b, c, d, a, x13, 21, 0x4e0811a1);
            a = ii(a, b, c, d, x4, 6, 0xf7537e82);
            d = ii(d, a, b, c, x11, 10, 0xbd3af235);
            c = ii(c, d, a, b, x2, 15, 0x2ad7d2bb);
            b = ii(b, c, d, a, x9, 21, 0xeb86d391);
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        return a0;
    }

    private static int ff(int a, int b, int c, int d, int x, int s, int t) {
        return b + Integer.rotateLeft(a + (b & c | ~b & d) + x + t, s);
    }

    private static int gg(int a, int b, int c, int d, int x, int s, int t) {
        return b + Integer.rotateLeft(a + (b & d | c & ~d) + x + t, s);
    }

    private static int hh(int a, int b, int c, int d, int x, int s, int t) {
        return b + Integer.rotateLeft(a + (b ^ c ^ d) + x + t, s);
    }

    private static int ii(int a, int b, int c, int d, int x, int s, int t) {
        return b + Integer.rotateLeft(a + (c ^ (b | ~d)) + x + t, s);
    }
}
