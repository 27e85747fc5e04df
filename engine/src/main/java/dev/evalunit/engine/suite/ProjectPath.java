package dev.evalunit.engine.suite;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files named the way a person at the project directory would open them: relative to the working directory
 * when inside it, and a classpath resource copied to {@code target/(test-)classes} by its source under
 * {@code src/(test|main)/resources}, so an IDE or a terminal can open what a message names.
 */
final class ProjectPath {

    private ProjectPath() {
    }

    /** The file relative to the working directory when it lies inside it, else as it is. */
    static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return (absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : absolute)
                .toString().replace('\\', '/');
    }

    /** The source file of a classpath resource on disk; empty when it is not a file (e.g. inside a jar). */
    static Optional<String> ofResource(String name, ClassLoader loader) {
        URL url = loader.getResource(name);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path copied = Path.of(url.toURI());
            return Optional.of(of(source(copied, name).orElse(copied)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The source file of a class compiled into {@code target/(test-)classes}, e.g. {@code src/test/java/a/B.java};
     * empty when it is elsewhere (a jar, another layout).
     */
    static Optional<Path> ofClass(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String compiled = top.getName().replace('.', '/') + ".class";
        ClassLoader loader = Optional.ofNullable(top.getClassLoader()).orElse(ClassLoader.getSystemClassLoader());
        URL url = loader.getResource(compiled);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            String file = top.getName().replace('.', '/') + ".java";
            return root(Path.of(url.toURI()), compiled).map(r -> r.module().resolve("src").resolve(r.kind())
                    .resolve("java").resolve(file)).filter(Files::isRegularFile);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code <module>/target/test-classes/<name>} → {@code <module>/src/test/resources/<name>}, when it exists. */
    private static Optional<Path> source(Path copied, String name) {
        return root(copied, name).map(r -> r.module().resolve("src").resolve(r.kind()).resolve("resources")
                .resolve(name)).filter(Files::isRegularFile);
    }

    /** The module and source set ({@code test} or {@code main}) of a file copied to {@code target/(test-)classes}. */
    private static Optional<BuildRoot> root(Path copied, String name) {
        Path root = copied;
        for (int i = Path.of(name).getNameCount(); i > 0 && root != null; i--) {
            root = root.getParent();
        }
        if (root == null || root.getParent() == null || !root.getParent().endsWith("target")) {
            return Optional.empty();
        }
        Path module = root.getParent().getParent();
        String kind = root.endsWith("test-classes") ? "test" : root.endsWith("classes") ? "main" : null;
        if (module == null || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new BuildRoot(module, kind));
    }

    private record BuildRoot(Path module, String kind) {
    }
}
