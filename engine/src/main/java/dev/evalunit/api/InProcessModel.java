package dev.evalunit.api;

import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ModelRequest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that is an in-process model, referenced as {@code inprocess:<value>} by this suite's
 * variants: it takes a {@link ModelRequest} and returns a {@code String} or a {@link ModelResponse}. Handy
 * for suites that must run without a network, and for tests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InProcessModel {
    /** The model name. */
    String value();
}
