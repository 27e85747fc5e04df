package dev.evalunit.engine.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.api.ModelRequest;
import dev.evalunit.api.ModelResponse;
import dev.evalunit.api.TokenUsage;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON form of a cache entry. It holds what the provider answered and the request identity (fingerprint
 * and model), never request headers or keys: there is no field that could carry one.
 */
final class CacheEntryCodec {

    static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] encode(ModelRequest request, String fingerprint, ModelResponse response) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("fingerprint", fingerprint);
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
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** The stored response, or empty when the entry is unreadable or belongs to another request. */
    Optional<ModelResponse> decode(byte[] bytes, String fingerprint) {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.path("version").asInt() != VERSION
                    || !fingerprint.equals(root.path("fingerprint").asText()) || !root.path("text").isTextual()) {
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
}
