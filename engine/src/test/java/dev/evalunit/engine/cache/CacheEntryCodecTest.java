package dev.evalunit.engine.cache;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.TokenLogprob;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cache entries written field by field are the records the entry's bean serializer wrote: the expected records
 * were printed by {@link CacheEntryCodec#encode} before it wrote its JSON field by field (every optional field
 * present and absent, escapes, a character outside the BMP, logprobs), under a fixed salt.
 */
class CacheEntryCodecTest {

    private final CacheEntryCodec codec =
            new CacheEntryCodec(new Digests("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
    private final ModelRequest request = new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"),
            List.of(Message.user("hi")), SamplingParams.DEFAULTS.withTemperature(0.7), 2);
    private final CacheKey key = new CacheKey("0123456789abcdef".repeat(4));

    @Test
    void anEntryWithEveryFieldIsWrittenAsBeforeAndReadBack() throws IOException {
        List<TokenLogprob> logprobs = List.of(new TokenLogprob("4", -0.51, List.of(
                new TokenLogprob.Candidate("4", -0.51), new TokenLogprob.Candidate("5", -1.2))),
                new TokenLogprob("}", -0.001, List.of()));
        ModelResponse response = ModelResponse.builder(
                        "Paris \"quoted\" \\ back\nnew line\ttab \u0001 \u00e9 \ud834\udd1e </script> \u2028",
                        Duration.ofNanos(250_123_456))
                .usage(new TokenUsage(12, 3)).timeToFirstToken(Duration.ofNanos(45_000_001)).finishReason("STOP")
                .costUsd(0.1 + 0.2).attempts(2).logprobs(logprobs).build();

        byte[] record = codec.encode(key, request, response);

        assertThat(new String(record, StandardCharsets.UTF_8)).isEqualTo(
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef f4697429f5337462aad969179"
                + "aee1af491ea5f59883246e91ade4add95d32339 {\"version\":3,\"key\":\"0123456789abcdef012345678"
                + "9abcdef0123456789abcdef0123456789abcdef\",\"model\":\"openai:gpt-4o-mini\",\"repeat\":2,\""
                + "text\":\"Paris \\\"quoted\\\" \\\\ back\\nnew line\\ttab \\u0001 \u00e9 \\uD834\\uDD1E </s"
                + "cript> \u2028\",\"inputTokens\":12,\"outputTokens\":3,\"latencyNanos\":250123456,\"timeToF"
                + "irstTokenNanos\":45000001,\"finishReason\":\"STOP\",\"costUsd\":0.30000000000000004,\"logp"
                + "robs\":[{\"token\":\"4\",\"logprob\":-0.51,\"top\":[{\"token\":\"4\",\"logprob\":-0.51},{\""
                + "token\":\"5\",\"logprob\":-1.2}]},{\"token\":\"}\",\"logprob\":-0.001,\"top\":[]}]}\n");
        assertThat(codec.decode(Arrays.copyOf(record, record.length - 1), key)).contains(
                response.toBuilder().cacheHit(true).attempts(1).build());
    }

    @Test
    void anEntryWithNoOptionalFieldIsWrittenAsBeforeAndReadBack() throws IOException {
        ModelResponse response = ModelResponse.of("ok", Duration.ZERO);

        byte[] record = codec.encode(key, request, response);

        assertThat(new String(record, StandardCharsets.UTF_8)).isEqualTo(
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 559da2d1c7c471e3e16e1083d"
                + "10a6dadd0f4ecb86a3f3616c0b44aad4974dc68 {\"version\":3,\"key\":\"0123456789abcdef012345678"
                + "9abcdef0123456789abcdef0123456789abcdef\",\"model\":\"openai:gpt-4o-mini\",\"repeat\":2,\""
                + "text\":\"ok\",\"latencyNanos\":0}\n");
        assertThat(codec.decode(Arrays.copyOf(record, record.length - 1), key)).contains(
                response.toBuilder().cacheHit(true).build());
    }
}
