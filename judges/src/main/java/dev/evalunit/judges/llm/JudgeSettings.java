package dev.evalunit.judges.llm;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.Set;

/**
 * How a judge is called: {@code model} (required, e.g. {@code openai:gpt-4o-mini}), {@code temperature}
 * (default 0), {@code maxTokens}, {@code repeats} (judge repeats per sample, default 1, so judge noise can be
 * measured apart from generation noise) and {@code maxRetries} (re-asks of an unusable reply, default 2).
 *
 * @param model      the judge model
 * @param params     its sampling parameters
 * @param repeats    how many times each sample is judged
 * @param maxRetries how many times an unusable reply is re-asked
 */
public record JudgeSettings(ModelRef model, SamplingParams params, int repeats, int maxRetries) {

    /** The options every judge reads. */
    public static final Set<String> KEYS = Set.of("model", "temperature", "maxTokens", "repeats", "maxRetries");

    public JudgeSettings {
        if (repeats < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("repeats must be >= 1 and maxRetries >= 0");
        }
    }

    public static JudgeSettings from(Options options) throws ScorerConfigException {
        String reference = options.requiredString("model");
        ModelRef model;
        try {
            model = ModelRef.parse(reference);
        } catch (IllegalArgumentException e) {
            throw options.problem("model", "is not a model reference: " + e.getMessage());
        }
        double temperature = options.number("temperature").orElse(0.0);
        if (temperature < 0 || temperature > 2) {
            throw options.problem("temperature", "must be from 0 to 2, was " + temperature);
        }
        SamplingParams params = SamplingParams.DEFAULTS.withTemperature(temperature);
        if (options.has("maxTokens")) {
            params = params.withMaxTokens(options.integer("maxTokens", 1, 1_000_000).orElseThrow());
        }
        return new JudgeSettings(model, params, options.integer("repeats", 1, 100).orElse(1),
                options.integer("maxRetries", 0, 10).orElse(2));
    }
}
