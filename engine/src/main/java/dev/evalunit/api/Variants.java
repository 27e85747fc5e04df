package dev.evalunit.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that supplies prompt variants: no parameters, returning a {@code Collection},
 * {@code Iterable} or {@code Stream} of {@link Variant}, each with a prompt template. Their requests go to
 * their models through the engine's scheduler.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Variants {
}
