package dev.evalunit.engine.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.TokenUsage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON form of a cache entry. It holds what the provider answered and the request identity (cache key
 * and model), never request headers or keys: there is no field that could carry one. A {@code digest}
 * (HMAC-SHA256 under the directory's salt) covers every other field, so an entry edited or damaged on disk
 * reads as a miss and is fetched again.
 */
final class CacheEntryCodec {

    static final int VERSION = 2;
    private static final String DIGEST = "digest";

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] encode(CacheKey key, ModelRequest request, ModelResponse response, byte[] salt) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("key", key.value());
        root.put("model", request.model().toString());
        root.put("repeat", request.repeat());
        root.put("text", response.text());
        response.usage().ifPresent(usage -> {
            root.put("inputTokens", usage.input());
            root.put("outputTokens", usage.output());
        });
        root.put("latencyNanos", response.latency().toNanos());
        response.timeToFirstToken().ifPresent(ttft -> root.put("timeToFirstTokenNanos", ttft.toNanos()));
        response.finishReason().ifPresent(reason -> root.put("finishReason", reason));
        if (response.costUsd().isPresent()) {
            root.put("costUsd", response.costUsd().getAsDouble());
        }
        root.put(DIGEST, digest(root, salt));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /**
     * The stored response, or empty when the entry is unreadable, belongs to another request or does not match
     * its digest.
     */
    Optional<ModelResponse> decode(byte[] bytes, CacheKey key, byte[] salt) {
        try {
            if (!(mapper.readTree(bytes) instanceof ObjectNode root) || root.path("version").asInt() != VERSION
                    || !key.value().equals(root.path("key").asText()) || !root.path("text").isTextual()) {
                return Optional.empty();
            }
            JsonNode stored = root.remove(DIGEST);
            if (stored == null || !MessageDigest.isEqual(stored.asText().getBytes(StandardCharsets.US_ASCII),
                    digest(root, salt).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            Optional<TokenUsage> usage = root.has("inputTokens") && root.has("outputTokens")
                    ? Optional.of(new TokenUsage(root.get("inputTokens").asInt(), root.get("outputTokens").asInt()))
                    : Optional.empty();
            return Optional.of(new ModelResponse(root.get("text").asText(), usage,
                    Duration.ofNanos(root.path("latencyNanos").asLong()),
                    root.has("timeToFirstTokenNanos")
                            ? Optional.of(Duration.ofNanos(root.get("timeToFirstTokenNanos").asLong()))
                            : Optional.empty(),
                    Optional.ofNullable(root.get("finishReason")).map(JsonNode::asText),
                    root.has("costUsd") ? OptionalDouble.of(root.get("costUsd").asDouble()) : OptionalDouble.empty(),
                    true, 1));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The digest of every field but the digest, in the order written (Jackson keeps it). */
    private String digest(ObjectNode withoutDigest, byte[] salt) throws IOException {
        return HexFormat.of().formatHex(Digests.hmac(salt, mapper.writeValueAsBytes(withoutDigest)));
    }
}
