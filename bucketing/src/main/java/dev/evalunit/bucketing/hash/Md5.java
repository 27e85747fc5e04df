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
        int length = Utf8.length(first) + Utf8.length(second);
        int[] words = new int[(length + 8 >>> 6) + 1 << 4];
        int position = put(words, 0, first);
        position = put(words, position, second);
        words[position >>> 2] |= 0x80 << ((position & 3) << 3);
        long bits = (long) length << 3;
        words[words.length - 2] = (int) bits;
        words[words.length - 1] = (int) (bits >>> 32);
        return Integer.toUnsignedLong(Integer.reverseBytes(digestA(words)));
    }

    private static int put(int[] words, int position, String text) {
        for (int i = 0; i < text.length(); ) {
            long encoded = Utf8.encodeAt(text, i);
            for (int b = 0, n = Utf8.count(encoded); b < n; b++, position++) {
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
            for (int i = 0; i < 64; i++) {
                int f;
                int g;
                switch (i >>> 4) {
                    case 0 -> {
                        f = b & c | ~b & d;
                        g = i;
                    }
                    case 1 -> {
                        f = d & b | ~d & c;
                        g = 5 * i + 1 & 15;
                    }
                    case 2 -> {
                        f = b ^ c ^ d;
                        g = 3 * i + 5 & 15;
                    }
                    default -> {
                        f = c ^ (b | ~d);
                        g = 7 * i & 15;
                    }
                }
                int rotated = Integer.rotateLeft(a + f + K[i] + words[block + g], SHIFTS[(i >>> 4 << 2) + (i & 3)]);
                a = d;
                d = c;
                c = b;
                b = b + rotated;
            }
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        return a0;
    }
}
