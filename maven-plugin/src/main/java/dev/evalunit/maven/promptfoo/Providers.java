package dev.evalunit.maven.promptfoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code providers} of a promptfoo config as EvalUnit models ({@code provider:model}): promptfoo's
 * {@code openai:chat:m} and {@code openai:m} become {@code openai:m}, {@code anthropic:messages:m} becomes
 * {@code anthropic:m}, {@code ollama:chat:m} becomes {@code ollama:m}; {@code config} keys temperature, top_p and
 * max_tokens become the variant's sampling settings. Other providers keep their id, to be configured as an
 * {@code evalunit.provider.<id>.*} OpenAI-compatible endpoint (noted).
 */
final class Providers {

    private static final Set<String> KNOWN = Set.of("openai", "anthropic", "ollama");
    private static final Map<String, String> SETTINGS = Map.of("temperature", "temperature", "top_p", "topP",
            "max_tokens", "maxTokens");

    /**
     * One provider as a model with its settings.
     *
     * @param label    the provider's label, or its model name
     * @param model    {@code provider:model}
     * @param settings variant keys (temperature, topP, maxTokens) and their values
     */
    record Model(String label, String model, Map<String, Object> settings) {
    }

    private Providers() {
    }

    static List<Model> read(ConfigNode providers, Optional<String> override, Unconverted unconverted) {
        List<Model> models = new ArrayList<>();
        for (ConfigNode item : providers.items()) {
            Optional<String> id = item.isMap() ? item.text("id") : item.text();
            if (id.isEmpty()) {
                unconverted.add(item, "a provider without an id (providers given as a map of id to options, or as"
                        + " a script, do not convert)");
                continue;
            }
            String model = model(item, id.get(), unconverted);
            Map<String, Object> settings = new LinkedHashMap<>();
            item.get("config").ifPresent(config -> config.keys().forEach(key -> {
                if (SETTINGS.containsKey(key)) {
                    settings.put(SETTINGS.get(key), config.get(key).orElseThrow().plain());
                } else {
                    unconverted.add(config, "provider option '" + key + "'");
                }
            }));
            String label = item.text("label").orElse(model.substring(model.indexOf(':') + 1));
            models.add(new Model(label, override.orElse(model), settings));
        }
        return models;
    }

    private static String model(ConfigNode item, String id, Unconverted unconverted) {
        String[] parts = id.split(":", -1);
        String provider = parts[0];
        String name = parts.length >= 3 && Set.of("chat", "messages", "completion").contains(parts[1])
                ? String.join(":", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : id.substring(Math.min(id.length(), provider.length() + 1));
        if (!KNOWN.contains(provider) || name.isEmpty()) {
            unconverted.add(item, "provider '" + id + "' has no built-in EvalUnit provider; the variant names it as"
                    + " is, so configure evalunit.provider." + provider + ".* (an OpenAI-compatible endpoint)");
            return name.isEmpty() ? id + ":default" : provider + ":" + name;
        }
        return provider + ":" + name;
    }
}
