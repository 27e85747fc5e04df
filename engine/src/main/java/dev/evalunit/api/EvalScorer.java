package dev.evalunit.api;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScoringInput;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an {@link EvalSuite} class that is a scorer: it takes a {@link ScoringInput} and
 * returns a {@link Score}, a {@code List<Score>} or a {@code CompletionStage<List<Score>>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EvalScorer {

    /** The scorer name. Default: the method name. */
    String name() default "";

    /** The pass threshold; {@code NaN} leaves pass/fail to the returned scores. */
    double threshold() default Double.NaN;
}
