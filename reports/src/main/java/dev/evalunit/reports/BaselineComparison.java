package dev.evalunit.reports;

import dev.evalunit.api.run.FinishedRun;
import dev.evalunit.engine.files.RunFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Compares each finished full run with a baseline run named by the setting {@value #SETTING} (for instance the
 * last run on the main branch, downloaded as a CI artifact) and writes the per-metric and per-case regressions
 * as {@code comparison.md} and {@code comparison.html} into the run, like {@link CompareRuns}. The setting names
 * a run directory, a suite directory (its {@code latest} run) or a directory holding suite directories
 * ({@code <dir>/<suite-id>/latest}).
 */
final class BaselineComparison {

    /** The engine setting naming the baseline. */
    static final String SETTING = "evalunit.baseline";

    private final RunFiles files = new RunFiles();

    /**
     * The comparison with the baseline run of the run's suite, written into the run directory; empty when no
     * baseline is set or the run is partial.
     *
     * @throws IllegalArgumentException when the setting leads to no run of the suite, saying where it looked
     */
    Optional<CompareRuns.Written> compare(FinishedRun run) throws IOException {
        Optional<String> setting = Optional.ofNullable(run.settings().get(SETTING)).filter(s -> !s.isBlank());
        if (setting.isEmpty() || run.summary().partial().isPresent()) {
            return Optional.empty();
        }
        Path baseline = baselineRun(Path.of(setting.get().trim()), run.summary().suiteId());
        if (baseline.toAbsolutePath().normalize().equals(run.directory().toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return Optional.of(CompareRuns.write(baseline, run.directory(), run.directory()));
    }

    private Path baselineRun(Path given, String suiteId) throws IOException {
        Path suite = given.resolve(suiteId);
        Path directory = Files.isRegularFile(given.resolve(RunFiles.SUMMARY))
                || Files.exists(given.resolve(RunFiles.LATEST), LinkOption.NOFOLLOW_LINKS) ? given : suite;
        try {
            return RunDirectories.resolve(files, directory);
        } catch (IllegalArgumentException e) {
            // an artifact upload follows the latest link: the download holds a copy of the run under latest/
            Path copied = directory.resolve(RunFiles.LATEST);
            if (Files.isRegularFile(copied.resolve(RunFiles.SUMMARY))) {
                return copied;
            }
            throw new IllegalArgumentException(SETTING + "=" + given + " leads to no baseline run of suite '" + suiteId
                    + "': it is not a run directory, a suite directory or a directory holding " + suiteId + "/"
                    + RunFiles.LATEST, e);
        }
    }
}
