package dev.evalunit.judges.llm;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a judge is called: {@code model} (e.g. {@code openai:gpt-4o-mini}; required unless the run sets a default judge
 * model, {@code evalunit.judge.model}), {@code temperature}
 * (default 0), {@code maxTokens}, {@code repeats} (judge repeats per sample, default 1, so judge noise can be
 * measured apart from generation noise) and {@code maxRetries} (re-asks of an unusable reply, default 2).
 *
 * @param model      the judge model
 * @param params     its sampling parameters
 * @param repeats    how many times each sample is judged
 * @param maxRetries how many times an unusable reply is re-asked
 */
record JudgeSettings(ModelRef model, SamplingParams params, int repeats, int maxRetries) {

    /** The options every judge reads. */
    public static final Set<String> KEYS = Set.of("model", "temperature", "maxTokens", "repeats", "maxRetries");

    public JudgeSettings {
        if (repeats < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("repeats must be >= 1 and maxRetries >= 0");
        }
    }

    /**
     * These settings asking for the {@code top} most likely tokens at every output position, where the provider
     * returns token log-probabilities (the {@code top_logprobs} sampling parameter).
     */
    JudgeSettings withTopLogprobs(int top) {
        Map<String, Object> extra = new TreeMap<>(params.extra());
        extra.put("top_logprobs", top);
        return new JudgeSettings(model, new SamplingParams(params.temperature(), params.topP(), params.maxTokens(),
                extra), repeats, maxRetries);
    }

    public static JudgeSettings from(Options options) throws ScorerConfigException {
        Optional<String> declared = options.string("model");
        if (declared.isEmpty() && options.setup().judgeModel().isEmpty()) {
            throw options.problem("model", "is required: the judge model, e.g. openai:gpt-4o-mini (or set "
                    + "evalunit.judge.model for every judge that names none)");
        }
        String reference = declared.orElseGet(() -> options.setup().judgeModel().orElseThrow());
        ModelRef model;
        try {
            model = ModelRef.parse(reference);
        } catch (IllegalArgumentException e) {
            throw options.problem("model", (declared.isPresent() ? "" : "(from evalunit.judge.model) ")
                    + "is not a model reference: " + e.getMessage());
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
