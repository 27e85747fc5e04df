package dev.evalunit.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that supplies the suite's cases: no parameters, returning a {@code Collection},
 * {@code Iterable} or {@code Stream} of {@link Case}. Exactly one per suite.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Dataset {
}
