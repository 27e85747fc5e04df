package dev.evalunit.api;

import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ModelClient;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that is a variant: the team's own application code (their RAG pipeline, their service
 * method) called once per case and repeat with the variant's configuration, so the suite evaluates the
 * feature they ship. The method takes any of {@link Case}, {@link Variant} and {@link ModelClient} (the run's
 * client, with the scheduler's limits, retries and cache) and returns a {@code String}, a
 * {@link ModelResponse} or a {@code CompletionStage} of either. A thrown exception becomes an error sample
 * of kind {@code APPLICATION}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EvalVariant {

    /** The variant id. Default: the method name. */
    String id() default "";

    /** The display name. Default: the id. */
    String name() default "";

    /** The model the application uses, as {@code provider:model}; recorded with the results. Default: {@code application:<method>}. */
    String model() default "";

    /** The system prompt the application should use, if any. */
    String system() default "";

    /** A prompt template the application may fill with {@code {{field}}} values, if any. */
    String prompt() default "";

    /** Sampling temperature; {@code NaN} leaves it unset. */
    double temperature() default Double.NaN;

    /** Nucleus sampling mass; {@code NaN} leaves it unset. */
    double topP() default Double.NaN;

    /** Maximum output tokens; 0 leaves it unset. */
    int maxTokens() default 0;
}
