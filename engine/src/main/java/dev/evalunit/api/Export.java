package dev.evalunit.api;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The {@code export} block of an {@link EvalSuite} class: write {@code winner.json} (the decision and both
 * configs, in the schema the production bucketing library reads) into the run directory. Needs {@link Compare}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = STABLE, since = "0.1")
public @interface Export {

    /** The experiment id production knows the evaluation by; default: the suite id. */
    String experimentId() default "";

    /** A further file to copy {@code winner.json} to, relative to the working directory. */
    String path() default "";
}
