package dev.evalunit.api;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One arm of an evaluation: a prompt/model configuration. A variant's prompt template uses
 * {@code {{field}}} placeholders filled from the case's fields.
 *
 * @param id             stable id, unique within the suite
 * @param name           display name
 * @param model          the model to call
 * @param systemPrompt   the system prompt, if any
 * @param promptTemplate the user prompt template, if any (Java variants may build their own messages)
 * @param params         sampling parameters
 */
@API(status = STABLE, since = "0.1")
public record Variant(String id, String name, ModelRef model, Optional<String> systemPrompt,
                      Optional<String> promptTemplate, SamplingParams params) {

    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(promptTemplate, "promptTemplate");
        Objects.requireNonNull(params, "params");
    }

    /** A variant calling a model with no system prompt, no prompt template and default sampling parameters. */
    public static Variant of(String id, String name, ModelRef model) {
        return new Variant(id, name, model, Optional.empty(), Optional.empty(), SamplingParams.DEFAULTS);
    }

    /** This variant with the given system prompt. */
    public Variant withSystemPrompt(String prompt) {
        return new Variant(id, name, model, Optional.of(prompt), promptTemplate, params);
    }

    /** This variant with the given user prompt template. */
    public Variant withPromptTemplate(String template) {
        return new Variant(id, name, model, systemPrompt, Optional.of(template), params);
    }

    /** This variant with the given sampling parameters. */
    public Variant withParams(SamplingParams sampling) {
        return new Variant(id, name, model, systemPrompt, promptTemplate, sampling);
    }
}
