package dev.evalunit.api;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A quality gate of an {@link EvalSuite} class: a test that fails the build when its condition does not hold.
 * Set exactly one condition: {@link #min()} and/or {@link #max()}, {@link #nonInferiorMargin()},
 * {@link #betterBy()}, or {@link #decided()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Gates.class)
@API(status = STABLE, since = "0.1")
public @interface Gate {

    /** The gate's name; default: a description of its condition. */
    String name() default "";

    /** The metric checked (not for {@link #decided()}). */
    String metric() default "";

    /** The variant checked; default: every variant (thresholds) or every treatment (comparisons). */
    String variant() default "";

    /** Lowest acceptable value of the metric (its mean, or the variant-level value). */
    double min() default Double.NaN;

    /** Highest acceptable value of the metric. */
    double max() default Double.NaN;

    /** Non-inferiority to the baseline: the interval must exclude a loss of this much or more. */
    double nonInferiorMargin() default Double.NaN;

    /** Superiority: the interval must lie above an improvement of this much over the baseline. */
    double betterBy() default Double.NaN;

    /** The decision on the primary metric must not be {@code CONTINUE}. */
    boolean decided() default false;

    /** The judge behind {@link #metric()} must agree with the cases' human labels or scores (its calibration bars). */
    boolean calibrated() default false;

    /** Let a gate the data cannot decide yet pass (its message still says what would decide it). */
    boolean allowInconclusive() default false;
}
