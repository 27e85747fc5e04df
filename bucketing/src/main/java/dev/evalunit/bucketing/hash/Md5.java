package dev.evalunit.bucketing.hash;

/**
 * The first 32 bits of the MD5 digest of a UTF-8 string, as the Node.js service computed them with
 * {@code parseInt(md5hex.substring(0, 8), 16)}. A compact MD5 (RFC 1321) that encodes straight into its
 * message words, because {@code MessageDigest} would cost a byte array, a digest array and a
 * provider lookup per assignment.
 */
public final class Md5 {

    private static final int[] SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    /** RFC 1321's T[1..64]. */
    private static final int[] K = {
            0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
            0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
            0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
            0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
            0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
            0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
            0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
            0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
            0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
            0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
            0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
            0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
            0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
            0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
            0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
            0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
    };

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

    /** Runs the compression over all blocks and returns word A of the final state (digest bytes 0..3). */
    private static int digestA(int[] words) {
        int a0 = 0x67452301;
        int b0 = 0xefcdab89;
        int c0 = 0x98badcfe;
        int d0 = 0x10325476;
        for (int block = 0; block < words.length; block += 16) {
            int a = a0;
            int b = b0;
            int c = c0;
            int d = d0;
            // four rounds of 16 steps, each with its own function and message order (RFC 1321, 3.4)
            for (int i = 0; i < 16; i++) {
                int rotated = Integer.rotateLeft(a + (b & c | ~b & d) + K[i] + words[block + i], SHIFTS[i & 3]);
                a = d;
                d = c;
                c = b;
                b += rotated;
            }
            for (int i = 16; i < 32; i++) {
                int rotated = Integer.rotateLeft(a + (d & b | ~d & c) + K[i] + words[block + (5 * i + 1 & 15)],
                        SHIFTS[4 + (i & 3)]);
                a = d;
                d = c;
                c = b;
                b += rotated;
            }
            for (int i = 32; i < 48; i++) {
                int rotated = Integer.rotateLeft(a + (b ^ c ^ d) + K[i] + words[block + (3 * i + 5 & 15)],
                        SHIFTS[8 + (i & 3)]);
                a = d;
                d = c;
                c = b;
                b += rotated;
            }
            for (int i = 48; i < 64; i++) {
                int rotated = Integer.rotateLeft(a + (c ^ (b | ~d)) + K[i] + words[block + (7 * i & 15)],
                        SHIFTS[12 + (i & 3)]);
                a = d;
                d = c;
                c = b;
                b += rotated;
            }
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        return a0;
    }
}
