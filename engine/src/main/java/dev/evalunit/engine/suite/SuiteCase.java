package dev.evalunit.engine.suite;

import dev.evalunit.api.Case;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A case with where it was declared.
 *
 * @param testCase the case
 * @param line     its line in the dataset or suite file (0 when not from a file)
 * @param source   its JUnit source
 */
@API(status = INTERNAL, since = "0.1")
public record SuiteCase(Case testCase, int line, TestSource source) {

    public SuiteCase {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(source, "source");
    }

    /** The case's id. */
    public String id() {
        return testCase.id();
    }
}
