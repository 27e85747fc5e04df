package dev.evalunit.engine.suite;

import dev.evalunit.api.Variant;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A variant of a suite with where it was declared and how its samples are generated.
 *
 * @param variant   the variant
 * @param line      its line in the suite file (0 for Java suites)
 * @param source    its JUnit source
 * @param generator how samples are made: a prompt sent to the model, or the team's own application code
 */
@API(status = INTERNAL, since = "0.1")
public record SuiteVariant(Variant variant, int line, TestSource source, Generator generator) {

    public SuiteVariant {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(generator, "generator");
    }

    /** The variant's id. */
    public String id() {
        return variant.id();
    }
}
