package dev.evalunit.engine.suite;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Sources for the test nodes of a Java suite (cases, comparison, gates): the suite's {@code .java} file at the line
 * that declares them. Not a class or method source: Surefire names a test with a method source after the method
 * ({@code tickets} for every case of a dataset method) and one with a class source not at all, so flat views (JUnit
 * XML) would lose the display name; IDEs open a file source at its line all the same.
 */
@API(status = INTERNAL, since = "0.1")
public final class JavaSourceFile {

    private final Class<?> type;
    private final Optional<Path> file;
    private final List<String> lines;

    private JavaSourceFile(Class<?> type, Optional<Path> file, List<String> lines) {
        this.type = type;
        this.file = file;
        this.lines = lines;
    }

    /** The source file of a suite class, when it lies in the project (else sources fall back to the class). */
    public static JavaSourceFile of(Class<?> type) {
        Optional<Path> file = ProjectPath.ofClass(type);
        try {
            return new JavaSourceFile(type, file, file.isPresent()
                    ? Files.readAllLines(file.get(), StandardCharsets.UTF_8) : List.of());
        } catch (IOException | UncheckedIOException e) {
            return new JavaSourceFile(type, Optional.empty(), List.of());
        }
    }

    /** The line declaring a method of the suite. */
    TestSource method(String name) {
        return at(Pattern.compile("^\\s*(?!return\\b)(?:[\\w.<>\\[\\],?@]+\\s+)+" + Pattern.quote(name) + "\\s*\\("), 0);
    }

    /** The line of the {@code occurrence}-th (from 0) use of an annotation, e.g. the second {@code @Gate}. */
    TestSource annotation(Class<?> annotation, int occurrence) {
        return at(Pattern.compile("@(?:[\\w.]+\\.)?" + Pattern.quote(annotation.getSimpleName()) + "\\b(?![\\w.])"),
                occurrence);
    }

    /** The suite itself as a test node (a suite that cannot be read): its file, else the class. */
    public TestSource suite() {
        return file.<TestSource>map(f -> FileSource.from(f.toFile())).orElseGet(this::classOnly);
    }

    private TestSource at(Pattern pattern, int occurrence) {
        if (file.isEmpty()) {
            return classOnly();
        }
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            var matcher = pattern.matcher(lines.get(i));
            while (matcher.find()) {
                if (seen++ == occurrence) {
                    return FileSource.from(file.get().toFile(), FilePosition.from(i + 1));
                }
            }
        }
        return FileSource.from(file.get().toFile());
    }

    /** The class, wrapped so that Surefire still names the node by its display name. */
    private TestSource classOnly() {
        return CompositeTestSource.from(List.of(ClassSource.from(type)));
    }
}
