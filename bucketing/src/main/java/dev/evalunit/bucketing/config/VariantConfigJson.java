package dev.evalunit.bucketing.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The JSON form of a {@link VariantConfig}, shared by every file that carries one, and its canonical form
 * for the fingerprint. Field names: {@code model, temperature, topP, maxTokens, extra, systemPrompt,
 * promptTemplate}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VariantConfigJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VariantConfigJson() {
    }

    /** Writes {@code config} as an object in canonical field order; unset fields are left out. */
    public static void write(VariantConfig config, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("model", config.model());
        if (config.temperature().isPresent()) {
            out.writeNumberField("temperature", config.temperature().getAsDouble());
        }
        if (config.topP().isPresent()) {
            out.writeNumberField("topP", config.topP().getAsDouble());
        }
        if (config.maxTokens().isPresent()) {
            out.writeNumberField("maxTokens", config.maxTokens().getAsInt());
        }
        if (!config.extra().isEmpty()) {
            out.writeFieldName("extra");
            MAPPER.writeValue(out, sortedDeep(config.extra()));
        }
        if (config.systemPrompt().isPresent()) {
            out.writeStringField("systemPrompt", config.systemPrompt().get());
        }
        if (config.promptTemplate().isPresent()) {
            out.writeStringField("promptTemplate", config.promptTemplate().get());
        }
        out.writeEndObject();
    }

    /** Reads a config object into a {@link VariantConfig}; registered with {@link StrictJson}'s mapper. */
    static JsonDeserializer<VariantConfig> deserializer() {
        return new StdDeserializer<>(VariantConfig.class) {
            @Override
            public VariantConfig deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                Fields fields = context.readValue(parser, Fields.class);
                return new VariantConfig(fields.model(),
                        fields.temperature() == null ? OptionalDouble.empty() : OptionalDouble.of(fields.temperature()),
                        fields.topP() == null ? OptionalDouble.empty() : OptionalDouble.of(fields.topP()),
                        fields.maxTokens() == null ? OptionalInt.empty() : OptionalInt.of(fields.maxTokens()),
                        fields.extra() == null ? Map.of() : fields.extra(),
                        Optional.ofNullable(fields.systemPrompt()), Optional.ofNullable(fields.promptTemplate()));
            }
        };
    }

    /** The fields of a config object as written; absent ones are null. */
    private record Fields(String model, Double temperature, Double topP, Integer maxTokens, Map<String, Object> extra,
                          String systemPrompt, String promptTemplate) {
    }

    static String fingerprint(VariantConfig config) {
        StringWriter canonical = new StringWriter();
        try (JsonGenerator out = MAPPER.createGenerator(canonical)) {
            write(config, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static Object sortedDeep(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((key, nested) -> sorted.put((String) key, sortedDeep(nested)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(VariantConfigJson::sortedDeep).toList();
        }
        return value;
    }
}
