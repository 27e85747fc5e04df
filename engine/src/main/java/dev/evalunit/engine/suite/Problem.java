package dev.evalunit.engine.suite;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Something wrong with a suite or its dataset, found at discovery time.
 *
 * @param where   the file and line (or class and member) as people read it, e.g. {@code evals/a.eval.yaml:12}
 * @param message what is wrong and, where it helps, how to fix it
 * @param source  the JUnit source of the spot, so IDEs can jump to it
 */
@API(status = INTERNAL, since = "0.1")
public record Problem(String where, String message, TestSource source) {

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    /** A problem at a line of a suite or dataset file. */
    public static Problem at(Location location, int line, String message) {
        return new Problem(line > 0 ? location + ":" + line : location.toString(), message, location.source(line));
    }

    /** A problem at a JUnit source: a file position, a class or a method. */
    public static Problem of(TestSource source, String message) {
        return new Problem(describe(source), message, source);
    }

    private static String describe(TestSource source) {
        if (source instanceof FileSource file) {
            return new Location.FileLocation(file.getFile().toPath())
                    + file.getPosition().map(p -> ":" + p.getLine()).orElse("");
        }
        if (source instanceof ClasspathResourceSource resource) {
            return new Location.ClasspathLocation(resource.getClasspathResourceName())
                    + resource.getPosition().map(p -> ":" + p.getLine()).orElse("");
        }
        if (source instanceof MethodSource method) {
            return method.getClassName() + "#" + method.getMethodName();
        }
        if (source instanceof ClassSource type) {
            return type.getClassName();
        }
        return source.toString();
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
