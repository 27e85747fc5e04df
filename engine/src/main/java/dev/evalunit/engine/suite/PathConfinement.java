package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Keeps what suites read and write under their roots: a dataset lies under the working directory, its suite's
 * directory or a configured dataset root; an exported file under the export directory; a run directory under
 * the output directory. Paths are normalised first, and {@code .} and {@code ..} segments in a configured
 * relative path are refused, so no name a suite or setting holds reaches outside.
 */
@API(status = INTERNAL, since = "0.1")
public final class PathConfinement {

    private final Path workingDirectory;
    private final List<Path> datasetRoots;
    private final Path exportDirectory;

    /**
     * @param workingDirectory the project directory, where relative paths start
     * @param datasetRoots     further directories datasets may be read from
     * @param exportDirectory  the directory exported files stay under
     */
    public PathConfinement(Path workingDirectory, List<Path> datasetRoots, Path exportDirectory) {
        this.workingDirectory = real(workingDirectory);
        this.datasetRoots = datasetRoots.stream().map(root -> real(this.workingDirectory.resolve(root))).toList();
        this.exportDirectory = real(this.workingDirectory.resolve(exportDirectory));
    }

    /** Why a suite may not read this dataset; empty when it may. */
    Optional<String> datasetProblem(Location dataset, Location suite) {
        if (dataset instanceof Location.ClasspathLocation resource) {
            return resource.name().startsWith("../") || resource.name().equals("..")
                    ? Optional.of("dataset '" + resource.name() + "' leaves the classpath") : Optional.empty();
        }
        Path file = real(((Location.FileLocation) dataset).path());
        List<Path> allowed = new ArrayList<>(datasetRoots);
        allowed.add(workingDirectory);
        suite.directory().map(PathConfinement::real).ifPresent(allowed::add);
        if (allowed.stream().anyMatch(file::startsWith)) {
            return Optional.empty();
        }
        return Optional.of("dataset '" + file + "' lies outside the project directory " + workingDirectory
                + " and the suite's directory; to read it, list its directory in " + InputKeys.DATASET_ROOTS);
    }

    /** Why an export path would leave the export directory; empty when it stays under it. */
    public Optional<String> exportProblem(String path) {
        try {
            exportTarget(path);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The file an export path names, under the export directory.
     *
     * @throws IllegalArgumentException when the path holds a {@code .} or {@code ..} segment or leaves the directory
     */
    public Path exportTarget(String path) {
        Path target = within(exportDirectory, path, "export path");
        if (!target.startsWith(exportDirectory) || target.equals(exportDirectory)) {
            throw new IllegalArgumentException("export path '" + path + "' lies outside the export directory "
                    + exportDirectory + " (" + InputKeys.EXPORT_DIRECTORY + ")");
        }
        return target;
    }

    /**
     * The directory {@code <output>/<suiteId>/<runId>} of a run: each name one plain segment.
     *
     * @throws IllegalArgumentException when a name is empty, only dots or holds a path separator
     */
    public static Path runDirectory(Path output, String suiteId, String runId) {
        for (String name : List.of(suiteId, runId)) {
            if (!SuiteChecks.validSuiteId(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot name a directory under the output directory "
                        + output + ": use letters, digits, '.', '_' and '-', and not only dots");
            }
        }
        return output.resolve(suiteId).resolve(runId);
    }

    private Path within(Path root, String path, String what) {
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(what + " '" + path + "' is not a path: " + e.getReason());
        }
        for (Path segment : given) {
            if (segment.toString().equals(".") || segment.toString().equals("..")) {
                throw new IllegalArgumentException(what + " '" + path + "' may not hold '.' or '..'; name the file "
                        + "from " + root);
            }
        }
        return real(root.resolve(given));
    }

    /** An absolute, normalised path with its existing part's links resolved, so a link cannot lead outside. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
