package dev.evalunit.engine.suite;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The outcome of reading one suite: the suite, or every problem found in it and its dataset.
 *
 * @param key         the suite's stable key (its unique-ID segment), known even when the suite is broken
 * @param displayName the suite's name, or its file or class name when it could not be read
 * @param source      where the suite is defined
 * @param suite       the suite, when there were no problems
 * @param problems    what is wrong, empty when the suite is present
 */
@API(status = INTERNAL, since = "0.1")
public record SuiteLoad(String key, String displayName, TestSource source, Optional<Suite> suite,
                        List<Problem> problems) {

    public SuiteLoad {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(suite, "suite");
        problems = List.copyOf(problems);
        if (suite.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a suite load has either a suite or problems");
        }
    }

    static SuiteLoad of(String key, String displayName, TestSource source, Problems problems, Suite suite) {
        return problems.isEmpty() ? new SuiteLoad(key, displayName, source, Optional.of(suite), List.of())
                : new SuiteLoad(key, displayName, source, Optional.empty(), problems.list());
    }

    static SuiteLoad broken(String key, String displayName, TestSource source, Problems problems) {
        return new SuiteLoad(key, displayName, source, Optional.empty(), problems.list());
    }
}
