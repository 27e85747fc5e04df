package dev.evalunit.engine.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A suite's {@code latest} entry ({@code <output>/<suite-id>/latest}), a path one can go through
 * ({@code latest/winner.json}): a relative symbolic link to the newest full run directory or, where the file
 * system does not allow symbolic links, a directory holding a copy of that run's files and a {@value #RUN_ID}
 * file naming it. Partial runs never move it. Older runs wrote a text file holding the run id; it is still read.
 */
public final class LatestPointer {

    /** In the copied {@code latest} directory: the id of the run it copies. */
    public static final String RUN_ID = "run-id";

    private final boolean links;

    private LatestPointer(boolean links) {
        this.links = links;
    }

    /** A symbolic link where the file system allows one, else a copy. */
    public static LatestPointer linking() {
        return new LatestPointer(true);
    }

    /** Always a copy, as on a file system without symbolic links. */
    public static LatestPointer copying() {
        return new LatestPointer(false);
    }

    /** The newest full run directory of a suite ({@code <output>/<suite-id>}), if one was marked. */
    public static Optional<Path> read(Path suiteDirectory) throws IOException {
        Path latest = suiteDirectory.resolve(RunFiles.LATEST);
        if (Files.isSymbolicLink(latest)) {
            return Optional.of(suiteDirectory.resolve(Files.readSymbolicLink(latest)).normalize());
        }
        Path named = Files.isDirectory(latest) ? latest.resolve(RUN_ID) : latest;
        if (!Files.isRegularFile(named)) {
            return Optional.empty();
        }
        String runId = Files.readString(named, StandardCharsets.UTF_8).trim();
        return runId.isEmpty() ? Optional.empty() : Optional.of(suiteDirectory.resolve(runId));
    }

    /** Points the suite's {@code latest} at a run directory of that suite; call it when the run's files are written. */
    public void mark(Path suiteDirectory, String runId) throws IOException {
        Path latest = suiteDirectory.resolve(RunFiles.LATEST);
        Path temporary = suiteDirectory.resolve(RunFiles.LATEST + ".tmp");
        deleteTree(temporary);
        if (!(links && link(temporary, Path.of(runId)))) {
            copy(suiteDirectory.resolve(runId), temporary);
            Files.writeString(temporary.resolve(RUN_ID), runId + "\n", StandardCharsets.UTF_8);
        }
        if (Files.isDirectory(latest, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(latest);
        }
        Files.move(temporary, latest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether the link could be made; some file systems (Windows without the privilege) refuse. */
    private static boolean link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
    }

    private static void copy(Path run, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(run)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(run.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
