package dev.evalunit.engine.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.TokenLogprob;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.api.spi.ModelRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One cache entry as a record of a segment file: {@code <key> <digest> <json>\n}, the JSON on one line. It holds
 * what the provider answered and the request identity (cache key and model), never request headers or keys:
 * there is no field that could carry one. The {@code digest} (HMAC-SHA256 under the directory's salt) covers the
 * JSON, so an entry edited or damaged on disk reads as a miss and is fetched again.
 */
final class CacheEntryCodec {

    static final int VERSION = 3;
    private static final int KEY_LENGTH = 64;
    private static final int DIGEST_LENGTH = 64;
    /** Where the JSON starts: after the key, the digest and a space after each. */
    private static final int JSON_START = KEY_LENGTH + 1 + DIGEST_LENGTH + 1;
    private static final HexFormat HEX = HexFormat.of();

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();
    private static final ObjectReader READER = MAPPER.readerFor(Entry.class);

    /** The stored form, as read; absent values are {@code null} and left out of the JSON. */
    record Entry(int version, String key, String model, int repeat, String text, Integer inputTokens,
                 Integer outputTokens, long latencyNanos, Long timeToFirstTokenNanos, String finishReason,
                 Double costUsd, List<TokenLogprob> logprobs) {
    }

    private final Digests digests;

    CacheEntryCodec(Digests digests) {
        this.digests = digests;
    }

    Digests digests() {
        return digests;
    }

    /** The record of a response, ending with its newline. */
    byte[] encode(CacheKey key, ModelRequest request, ModelResponse response) throws IOException {
        byte[] json = json(key, request, response);
        byte[] line = new byte[JSON_START + json.length + 1];
        System.arraycopy(key.value().getBytes(StandardCharsets.US_ASCII), 0, line, 0, KEY_LENGTH);
        line[KEY_LENGTH] = ' ';
        System.arraycopy(HEX.formatHex(digests.hmac(json)).getBytes(StandardCharsets.US_ASCII), 0, line,
                KEY_LENGTH + 1, DIGEST_LENGTH);
        line[JSON_START - 1] = ' ';
        System.arraycopy(json, 0, line, JSON_START, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * The JSON of an {@link Entry}, written field by field in the order and with the omissions of its bean
     * serializer (the bytes that {@code MAPPER.writerFor(Entry.class)} writes), without its per-field reflection.
     */
    private static byte[] json(CacheKey key, ModelRequest request, ModelResponse response) throws IOException {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
            try (JsonGenerator json = MAPPER.createGenerator(bytes, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeNumberField("version", VERSION);
                json.writeStringField("key", key.value());
                json.writeStringField("model", request.model().toString());
                json.writeNumberField("repeat", request.repeat());
                json.writeStringField("text", response.text());
                if (response.usage().isPresent()) {
                    json.writeNumberField("inputTokens", response.usage().get().input());
                    json.writeNumberField("outputTokens", response.usage().get().output());
                }
                json.writeNumberField("latencyNanos", response.latency().toNanos());
                if (response.timeToFirstToken().isPresent()) {
                    json.writeNumberField("timeToFirstTokenNanos", response.timeToFirstToken().get().toNanos());
                }
                if (response.finishReason().isPresent()) {
                    json.writeStringField("finishReason", response.finishReason().get());
                }
                if (response.costUsd().isPresent()) {
                    json.writeNumberField("costUsd", response.costUsd().getAsDouble());
                }
                if (!response.logprobs().isEmpty()) {
                    json.writeFieldName("logprobs");
                    json.writeObject(response.logprobs());
                }
                json.writeEndObject();
            }
            return bytes.toByteArray();
        }
    }

    /**
     * The key a record (without its newline) is stored under, read without parsing the JSON, or empty when the
     * record is too short to have one.
     */
    static Optional<String> keyOf(byte[] record, int offset, int length) {
        if (length <= JSON_START || record[offset + KEY_LENGTH] != ' ') {
            return Optional.empty();
        }
        return Optional.of(new String(record, offset, KEY_LENGTH, StandardCharsets.US_ASCII));
    }

    /**
     * The stored response (marked as a cache hit), or empty when the record (without its newline) is unreadable,
     * belongs to another request or does not match its digest.
     */
    Optional<ModelResponse> decode(byte[] record, CacheKey key) {
        if (record.length <= JSON_START || !key.value().equals(keyOf(record, 0, record.length).orElse(null))) {
            return Optional.empty();
        }
        byte[] json = Arrays.copyOfRange(record, JSON_START, record.length);
        byte[] stored = Arrays.copyOfRange(record, KEY_LENGTH + 1, KEY_LENGTH + 1 + DIGEST_LENGTH);
        if (!MessageDigest.isEqual(stored, HEX.formatHex(digests.hmac(json)).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Entry entry = READER.readValue(json);
            if (entry.version() != VERSION || !key.value().equals(entry.key()) || entry.text() == null) {
                return Optional.empty();
            }
            Optional<TokenUsage> usage = entry.inputTokens() != null && entry.outputTokens() != null
                    ? Optional.of(new TokenUsage(entry.inputTokens(), entry.outputTokens())) : Optional.empty();
            return Optional.of(new ModelResponse(entry.text(), usage, Duration.ofNanos(entry.latencyNanos()),
                    Optional.ofNullable(entry.timeToFirstTokenNanos()).map(Duration::ofNanos),
                    Optional.ofNullable(entry.finishReason()),
                    entry.costUsd() == null ? OptionalDouble.empty() : OptionalDouble.of(entry.costUsd()),
                    true, 1, entry.logprobs() == null ? List.of() : entry.logprobs()));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
