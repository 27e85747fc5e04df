package dev.evalunit.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Finds and reads run directories, with messages that say what a run directory is. */
final class RunDirectories {

    private RunDirectories() {
    }

    /**
     * The run directory a command-line argument names: a run directory itself, or a suite directory
     * ({@code target/evalunit/<suite-id>}) whose {@code latest} pointer names one.
     */
    static Path resolve(RunFiles files, Path given) throws IOException {
        if (Files.isRegularFile(given.resolve(RunFiles.SUMMARY))) {
            return given;
        }
        if (Files.exists(given.resolve(RunFiles.LATEST), LinkOption.NOFOLLOW_LINKS)) {
            return files.latest(given).orElseThrow(() -> new IllegalArgumentException(
                    given.resolve(RunFiles.LATEST) + " does not lead to a run; it should point at the newest run"));
        }
        throw new IllegalArgumentException(given + " is neither a run directory (with " + RunFiles.SUMMARY
                + ") nor a suite directory (with a '" + RunFiles.LATEST + "' pointer); runs are written to"
                + " target/evalunit/<suite-id>/<run-id>");
    }

    /** Reads a run's {@code summary.json}, naming the file when it is missing or malformed. */
    static RunSummary readSummary(RunFiles files, Path runDirectory) throws IOException {
        Path file = runDirectory.resolve(RunFiles.SUMMARY);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist; is " + runDirectory
                    + " a run directory (target/evalunit/<suite-id>/<run-id>)?");
        }
        try {
            return files.readSummary(runDirectory);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a run summary: " + e.getOriginalMessage(), e);
        }
    }
}
