package dev.evalunit.api;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Marks the method that supplies the suite's cases: no parameters, returning a {@code Collection},
 * {@code Iterable} or {@code Stream} of {@link Case}. Exactly one per suite.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@API(status = STABLE, since = "0.1")
public @interface Dataset {
}
