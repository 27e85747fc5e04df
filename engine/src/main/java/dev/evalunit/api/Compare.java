package dev.evalunit.api;

import dev.evalunit.api.spi.Scorer;
import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The {@code compare} block of an {@link EvalSuite} class: after every variant ran, a {@code comparison} test
 * compares each variant with the baseline on every metric and decides on the primary one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = STABLE, since = "0.1")
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

    /**
     * Which way scorer metrics improve where it is not the scorer's own direction (higher unless the scorer declares
     * otherwise; built-in metrics know theirs): entries {@code metric=higher}, {@code metric=lower} or
     * {@code metric=[low, high]} (closer to the target range is better), e.g. {@code "sentences=[2, 3]"}.
     */
    String[] directions() default {};
}
