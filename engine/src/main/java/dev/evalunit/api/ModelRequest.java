package dev.evalunit.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to a model. The repeat index is part of the request so that repeats are distinct samples
 * for the response cache while an unchanged re-run reuses them.
 *
 * @param model    which model
 * @param messages the full conversation, system message first when there is one
 * @param params   sampling parameters
 * @param repeat   0-based repeat index (generation repeat for variants, judge repeat for judges)
 */
public record ModelRequest(ModelRef model, List<Message> messages, SamplingParams params, int repeat) {

    public ModelRequest {
        Objects.requireNonNull(model, "model");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        Objects.requireNonNull(params, "params");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model request needs at least one message");
        }
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must be >= 0, was " + repeat);
        }
    }

    /**
     * A SHA-256 hex fingerprint of everything that determines the response: provider, model, every
     * sampling parameter, the full messages and the repeat index. It is the response cache's key and the
     * sample's {@code fingerprint}. Each part is length-prefixed, so no two requests share a canonical form.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder(256);
        part(canonical, "provider", model.provider());
        part(canonical, "model", model.model());
        part(canonical, "temperature", String.valueOf(params.temperature()));
        part(canonical, "topP", String.valueOf(params.topP()));
        part(canonical, "maxTokens", String.valueOf(params.maxTokens()));
        for (Map.Entry<String, Object> extra : params.extra().entrySet()) {
            part(canonical, "extra." + extra.getKey(), String.valueOf(extra.getValue()));
        }
        for (Message message : messages) {
            part(canonical, message.role().name(), message.text());
        }
        part(canonical, "repeat", Integer.toString(repeat));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void part(StringBuilder canonical, String name, String value) {
        canonical.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }
}
