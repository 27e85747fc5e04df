package dev.evalunit.api;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Marks a class as an evaluation suite the {@code evalunit} engine discovers. Its members supply the
 * dataset ({@link Dataset}), the variants ({@link Variants}, {@link EvalVariant}), the scorers ({@link UseScorer},
 * {@link EvalScorer}) and in-process models ({@link InProcessModel}). The engine creates one instance per
 * discovery through the no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = STABLE, since = "0.1")
public @interface EvalSuite {
    /**
     * The suite id (letters, digits, {@code .}, {@code _}, {@code -}); it names the run output directory.
     * Default: the simple class name.
     */
    String id() default "";

    /** The display name. Default: the id. */
    String name() default "";

    /** Free text. */
    String description() default "";

    /**
     * The case field whose value titles each case in test names ({@code variant › case — title}), e.g. a
     * question; every case must have it. Default: none, the name is {@code variant › case}.
     */
    String caseTitle() default "";

    /** Repeats per case, at least 1. */
    int repeats() default 1;

    /** The share of a case's repeats that must pass for the case to pass, in [0, 1]. */
    double passRate() default 1.0;
}
