package dev.evalunit.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evaluation suites a project has: {@code *.eval.yaml} files and Java sources annotated
 * {@code @EvalSuite} in its test source and resource directories. When there are some, a build that ran tests
 * must have recorded runs.
 */
final class ProjectSuites {

    private ProjectSuites() {
    }

    /** The suite files under the directories (missing ones are skipped), sorted. */
    static List<Path> find(Collection<Path> directories) {
        List<Path> suites = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(Files::isRegularFile).filter(ProjectSuites::isSuite).forEach(suites::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }
        return suites.stream().sorted().toList();
    }

    private static boolean isSuite(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".eval.yaml")) {
            return true;
        }
        try {
            return name.endsWith(".java") && Files.readString(file, StandardCharsets.UTF_8).contains("@EvalSuite");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
