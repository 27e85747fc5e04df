package dev.evalunit.bucketing.config;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Everything a production call of one variant needs: the model as {@code provider:model}, the sampling
 * parameters (with any extra provider parameters), the system prompt and the prompt template. It is the
 * config of an experiment variant and of both arms of {@code winner.json}.
 *
 * @param model          {@code provider:model}, e.g. {@code openai:gpt-4o-mini}
 * @param temperature    sampling temperature, when set
 * @param topP           nucleus sampling mass, when set
 * @param maxTokens      maximum output tokens, when set
 * @param extra          further provider parameters by name (JSON values: strings, numbers, booleans, lists, maps)
 * @param systemPrompt   the system prompt, when there is one
 * @param promptTemplate the user prompt template with {@code {{field}}} placeholders, when there is one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VariantConfig(String model, OptionalDouble temperature, OptionalDouble topP, OptionalInt maxTokens,
                            Map<String, Object> extra, Optional<String> systemPrompt,
                            Optional<String> promptTemplate) {

    public VariantConfig {
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(topP, "topP");
        Objects.requireNonNull(maxTokens, "maxTokens");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(promptTemplate, "promptTemplate");
        int colon = model == null ? -1 : model.indexOf(':');
        if (colon <= 0 || colon == model.length() - 1 || model.isBlank()) {
            throw new InvalidConfigException("model",
                    "must be 'provider:model', e.g. 'openai:gpt-4o-mini', was " + (model == null ? "missing" : "'" + model + "'"));
        }
        if (temperature.isPresent() && !(Double.isFinite(temperature.getAsDouble()) && temperature.getAsDouble() >= 0)) {
            throw new InvalidConfigException("temperature", "must be a finite number >= 0, was " + temperature.getAsDouble());
        }
        if (topP.isPresent() && !(topP.getAsDouble() > 0 && topP.getAsDouble() <= 1)) {
            throw new InvalidConfigException("topP", "must be in (0, 1], was " + topP.getAsDouble());
        }
        if (maxTokens.isPresent() && maxTokens.getAsInt() <= 0) {
            throw new InvalidConfigException("maxTokens", "must be > 0, was " + maxTokens.getAsInt());
        }
        TreeMap<String, Object> sorted = new TreeMap<>();
        Objects.requireNonNull(extra, "extra").forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new InvalidConfigException("extra", "has a parameter with a blank name");
            }
            checkJsonValue("extra." + name, value);
            sorted.put(name, value);
        });
        extra = Collections.unmodifiableMap(sorted);
    }

    /** A config with only the model set. */
    public static VariantConfig of(String model) {
        return new VariantConfig(model, OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Map.of(),
                Optional.empty(), Optional.empty());
    }

    public VariantConfig withTemperature(double value) {
        return new VariantConfig(model, OptionalDouble.of(value), topP, maxTokens, extra, systemPrompt, promptTemplate);
    }

    public VariantConfig withTopP(double value) {
        return new VariantConfig(model, temperature, OptionalDouble.of(value), maxTokens, extra, systemPrompt, promptTemplate);
    }

    public VariantConfig withMaxTokens(int value) {
        return new VariantConfig(model, temperature, topP, OptionalInt.of(value), extra, systemPrompt, promptTemplate);
    }

    public VariantConfig withExtra(Map<String, Object> value) {
        return new VariantConfig(model, temperature, topP, maxTokens, value, systemPrompt, promptTemplate);
    }

    public VariantConfig withSystemPrompt(String value) {
        return new VariantConfig(model, temperature, topP, maxTokens, extra, Optional.of(value), promptTemplate);
    }

    public VariantConfig withPromptTemplate(String value) {
        return new VariantConfig(model, temperature, topP, maxTokens, extra, systemPrompt, Optional.of(value));
    }

    /** The provider part of {@link #model()}, e.g. {@code openai}. */
    public String provider() {
        return model.substring(0, model.indexOf(':'));
    }

    /** The model name part of {@link #model()}, which may itself contain colons ({@code llama3.2:1b}). */
    public String modelName() {
        return model.substring(model.indexOf(':') + 1);
    }

    /**
     * The lower-case hex SHA-256 of this config's canonical JSON (fixed field order, unset fields left out,
     * extra parameters sorted by name at every level, no whitespace). Two configs that call the model the
     * same way share it; any change of model, parameter or prompt text changes it.
     */
    public String fingerprint() {
        return VariantConfigJson.fingerprint(this);
    }

    private static void checkJsonValue(String field, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> {
                if (!(key instanceof String)) {
                    throw new InvalidConfigException(field, "has a non-string key " + key);
                }
                checkJsonValue(field + "." + key, nested);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkJsonValue(field + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new InvalidConfigException(field, "must be a finite number, was " + value);
        } else if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new InvalidConfigException(field, "must be a JSON value (string, number, boolean, list or map), was "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }
}
