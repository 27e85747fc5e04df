package dev.evalunit.engine.suite;

import dev.evalunit.api.spi.SourcePosition;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where a suite or dataset file lives: on the file system or on the classpath. */
public sealed interface Location {

    /** A stable text form, also the suite segment of unique IDs: {@code file:<uri path>} or {@code classpath:<name>}. */
    String key();

    /** Opens the content as bytes (see {@link SourceText} for how they become text). */
    InputStream open() throws IOException;

    /** A location relative to this one's directory. */
    Location sibling(String relative);

    /** The JUnit source of a line of this file (0: the file itself), so IDEs jump to it. */
    TestSource source(int line);

    /** The directory of a file-system location. */
    Optional<Path> directory();

    /** The file name, without directories. */
    String fileName();

    default SourcePosition position(int line) {
        return new SourcePosition(toString(), line);
    }

    /** Parses a {@link #key()}; empty when it is neither form. */
    static Optional<Location> fromKey(String key) {
        if (key.startsWith(FileLocation.PREFIX)) {
            return Optional.of(new FileLocation(Path.of(key.substring(FileLocation.PREFIX.length()))));
        }
        if (key.startsWith(ClasspathLocation.PREFIX)) {
            return Optional.of(new ClasspathLocation(key.substring(ClasspathLocation.PREFIX.length())));
        }
        return Optional.empty();
    }

    /** A file on disk, kept absolute and normalised so one file has one key. */
    record FileLocation(Path path) implements Location {
        static final String PREFIX = "file:";

        public FileLocation {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String key() {
            return PREFIX + path.toString().replace('\\', '/');
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public Location sibling(String relative) {
            return new FileLocation(path.resolveSibling(relative));
        }

        @Override
        public TestSource source(int line) {
            return line > 0 ? FileSource.from(path.toFile(), FilePosition.from(line)) : FileSource.from(path.toFile());
        }

        @Override
        public Optional<Path> directory() {
            return Optional.ofNullable(path.getParent());
        }

        @Override
        public String fileName() {
            return path.getFileName().toString();
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A classpath resource, e.g. {@code evals/support.eval.yaml}, read through the context class loader. */
    record ClasspathLocation(String name) implements Location {
        static final String PREFIX = "classpath:";

        public ClasspathLocation {
            Objects.requireNonNull(name, "name");
            name = name.startsWith("/") ? name.substring(1) : name;
        }

        @Override
        public String key() {
            return PREFIX + name;
        }

        @Override
        public InputStream open() throws IOException {
            ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                    .orElse(Location.class.getClassLoader());
            InputStream in = loader.getResourceAsStream(name);
            if (in == null) {
                throw new NoSuchFileException(name, null, "no such classpath resource");
            }
            return in;
        }

        @Override
        public Location sibling(String relative) {
            int slash = name.lastIndexOf('/');
            String joined = (slash < 0 ? "" : name.substring(0, slash + 1)) + relative;
            return new ClasspathLocation(Path.of(joined).normalize().toString().replace('\\', '/'));
        }

        @Override
        public TestSource source(int line) {
            return line > 0 ? ClasspathResourceSource.from(name, FilePosition.from(line))
                    : ClasspathResourceSource.from(name);
        }

        @Override
        public Optional<Path> directory() {
            return Optional.empty();
        }

        @Override
        public String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return PREFIX + name;
        }
    }
}
