package dev.evalunit.engine.suite;

import dev.evalunit.api.Case;
import org.junit.platform.engine.TestSource;

import java.util.Objects;

/**
 * A case with where it was declared.
 *
 * @param testCase the case
 * @param line     its line in the dataset or suite file (0 when not from a file)
 * @param source   its JUnit source
 */
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
