package dev.evalunit.api;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Marks a method that supplies prompt variants: no parameters, returning a {@code Collection},
 * {@code Iterable} or {@code Stream} of {@link Variant}, each with a prompt template. Their requests go to
 * their models through the engine's scheduler.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@API(status = STABLE, since = "0.1")
public @interface Variants {
}
