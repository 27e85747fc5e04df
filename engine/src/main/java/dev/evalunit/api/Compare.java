package dev.evalunit.api;

import dev.evalunit.api.spi.Scorer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code compare} block of an {@link EvalSuite} class: after every variant ran, a {@code comparison} test
 * compares each variant with the baseline on every metric and decides on the primary one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Compare {

    /** The baseline (control) variant's id. */
    String baseline();

    /** The metric decisions are taken on: a scorer metric or a per-sample built-in such as {@code pass_rate}. */
    String primary();

    /** Further metrics to compare; empty: every other metric the run produced. */
    String[] secondary() default {};

    /** Two-sided false-positive rate, in (0, 1). */
    double alpha() default 0.05;

    /** The smallest primary-metric improvement worth shipping, in the metric's units. */
    double minEffect() default 0;

    /** {@code holm} (family-wise) or {@code bh} (Benjamini–Hochberg), over all (metric, variant) comparisons. */
    String correction() default "holm";

    /** Scorer metrics for which lower values are better (built-in metrics know their direction). */
    String[] lowerIsBetter() default {};
}
