package dev.evalunit.api.spi;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class ModelRequestTest {

    private static ModelRequest request(int repeat) {
        return new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"),
                List.of(Message.system("be brief"), Message.user("hi")), SamplingParams.DEFAULTS.withTemperature(0.7),
                repeat, Map.of("judged", "s1"));
    }

    /**
     * The expected value is SHA-256 over the length-prefixed parts, from Python:
     * {@code hashlib.sha256("provider=6:openai\nmodel=11:gpt-4o-mini\ntemperature=19:OptionalDouble[0.7]\n"
     * "topP=20:OptionalDouble.empty\nmaxTokens=17:OptionalInt.empty\nSYSTEM=8:be brief\nUSER=2:hi\nrepeat=1:1\n"
     * "key.judged=2:s1\n".encode()).hexdigest()}.
     */
    @Test
    void theFingerprintIsTheDigestOfTheCanonicalFormWhicheverRequestTheThreadFingerprintedLast() throws Exception {
        String expected = "fba6a1888886f8c69684366ecde01970a1de07cf11f94bde9988eaf689f363d0";
        ModelRequest first = request(1);
        ModelRequest other = request(2);

        assertThat(first.fingerprint()).isEqualTo(expected);
        assertThat(other.fingerprint()).isNotEqualTo(expected);
        assertThat(first.fingerprint()).isEqualTo(expected);
        assertThat(request(1).fingerprint()).as("an equal request").isEqualTo(expected);
        assertThat(first.withKeyPart("judged", "s2").fingerprint()).isNotEqualTo(expected);
        assertThat(CompletableFuture.supplyAsync(first::fingerprint).get()).as("on another thread").isEqualTo(expected);
    }
}
