package dev.evalunit.api;

import dev.evalunit.api.spi.ScorerProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds a scorer found by name through {@link ScorerProvider} to an {@link EvalSuite} class (and its subclasses).
 * Example: {@code @UseScorer(name = "contains", options = "field: expected", threshold = 1.0)}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UseScorer.List.class)
public @interface UseScorer {

    /** The scorer name. */
    String name();

    /** Options, one {@code key: value} per entry; values are read as YAML scalars, lists or maps. */
    String[] options() default {};

    /** The pass threshold; {@code NaN} leaves it to the scorer. */
    double threshold() default Double.NaN;

    /** Holds repeated {@link UseScorer}s. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        UseScorer[] value();
    }
}
