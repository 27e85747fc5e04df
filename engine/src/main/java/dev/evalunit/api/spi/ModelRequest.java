package dev.evalunit.api.spi;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import org.apiguardian.api.API;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One call to a model. The repeat index is part of the request so that repeats are distinct samples
 * for the response cache while an unchanged re-run reuses them.
 *
 * @param model    which model
 * @param messages the full conversation, system message first when there is one
 * @param params   sampling parameters
 * @param repeat   0-based repeat index (generation repeat for variants, judge repeat for judges)
 * @param keyParts further parts of the request's identity that the provider never sees but that must keep
 *                 answers apart in the cache (e.g. a judge's repeat and the identity of the sample it judges),
 *                 sorted by name
 */
@API(status = STABLE, since = "0.1")
public record ModelRequest(ModelRef model, List<Message> messages, SamplingParams params, int repeat,
                           Map<String, String> keyParts) {

    /** Each thread's {@link Fingerprints}. */
    private static final ThreadLocal<Fingerprints> FINGERPRINTS = ThreadLocal.withInitial(Fingerprints::new);

    public ModelRequest {
        Objects.requireNonNull(model, "model");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        Objects.requireNonNull(params, "params");
        keyParts = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(keyParts, "keyParts")));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model request needs at least one message");
        }
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must be >= 0, was " + repeat);
        }
    }

    /** A request with no further key parts. */
    public ModelRequest(ModelRef model, List<Message> messages, SamplingParams params, int repeat) {
        this(model, messages, params, repeat, Map.of());
    }

    /** A copy with one more key part (replacing a part of the same name), e.g. {@code withKeyPart("judged", id)}. */
    public ModelRequest withKeyPart(String name, String value) {
        Map<String, String> parts = new TreeMap<>(keyParts);
        parts.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ModelRequest(model, messages, params, repeat, parts);
    }

    /**
     * A SHA-256 hex fingerprint of everything that determines the response: provider, model, every
     * sampling parameter, the full messages, the repeat index and the key parts. It is the response cache's key and the
     * sample's {@code fingerprint}. Each part is length-prefixed, so no two requests share a canonical form.
     */
    public String fingerprint() {
        return FINGERPRINTS.get().of(this);
    }

    private String computeFingerprint(MessageDigest sha256) {
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
        for (Map.Entry<String, String> key : keyParts.entrySet()) {
            part(canonical, "key." + key.getKey(), key.getValue());
        }
        return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void part(StringBuilder canonical, String name, String value) {
        canonical.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    /**
     * One thread's SHA-256 digest (looking one up costs more than digesting a request) and the fingerprint it made
     * last: a call's request is fingerprinted for its cache key and again for its sample, on the thread that
     * submits it.
     */
    private static final class Fingerprints {

        private final MessageDigest sha256;
        private ModelRequest last;
        private String lastFingerprint;

        Fingerprints() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every Java platform", e);
            }
        }

        String of(ModelRequest request) {
            if (request != last) {
                lastFingerprint = request.computeFingerprint(sha256);
                last = request;
            }
            return lastFingerprint;
        }
    }
}
