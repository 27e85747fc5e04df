package dev.evalunit.bucketing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class HashTest {

    @Test
    void md5FirstWordAgreesWithTheJdkDigestForAllLengthsAndScripts() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "abcXYZ019:-_éΣ用😀";
        for (int length = 0; length < 140; length++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            byte[] digest = md5.digest((text + ":exp").getBytes(StandardCharsets.UTF_8));
            long expected = Long.parseLong(HexFormat.of().formatHex(digest, 0, 4), 16);
            assertThat(Md5.first32(text.toString(), ":exp")).as("length %d: %s", length, text).isEqualTo(expected);
        }
    }

    @Test
    void md5OfTheEmptyStringIsTheRfcValue() {
        // RFC 1321: MD5("") = d41d8cd98f00b204e9800998ecf8427e
        assertThat(Md5.first32("", "")).isEqualTo(0xd41d8cd9L);
        // RFC 1321: MD5("abc") = 900150983cd24fb0d6963f7d28e17f72
        assertThat(Md5.first32("a", "bc")).isEqualTo(0x90015098L);
        // Eppo's shard of "shard me" over 10000 is 538: MD5, first 4 bytes big-endian (DESIGN.md)
        assertThat(Md5.first32("shard me", "") % 10_000).isEqualTo(538);
    }

    @Test
    void murmur3MatchesPublishedValues() {
        assertThat(Murmur3.hash("")).isZero();
        assertThat(Integer.toUnsignedLong(Murmur3.hash("hello"))).isEqualTo(613153351L);
        // Unleash's normalised murmur3 of "gr1:123" % 100 + 1 = 73 (DESIGN.md)
        assertThat(Integer.remainderUnsigned(Murmur3.hash("gr1:123"), 100) + 1).isEqualTo(73);
    }

    @Test
    void murmur3PrefixStateGivesTheSameHashAsTheWholeString() {
        String[] prefixes = {"", "a", "ab", "abc", "abcd", "salt:split:", "é", "用户:", "😀x"};
        String[] suffixes = {"", "u", "user-1", "José", "\ud800", "😀", "x".repeat(37)};
        for (String prefix : prefixes) {
            for (String suffix : suffixes) {
                assertThat(Murmur3.withPrefix(prefix).hashSuffix(suffix)).as(prefix + "|" + suffix)
                        .isEqualTo(Murmur3.hash(prefix + suffix));
            }
        }
    }

    @Test
    void loneSurrogatesEncodeAsTheReplacementCharacterLikeNode() {
        assertThat(Utf8.length("\ud800")).isEqualTo(3);
        assertThat(Murmur3.hash("\ud800x")).isEqualTo(Murmur3.hash("\ufffdx"));
        assertThat(Md5.first32("\udc00", "")).isEqualTo(Md5.first32("\ufffd", ""));
        assertThat(Utf8.length("😀")).isEqualTo(4);
    }
}
