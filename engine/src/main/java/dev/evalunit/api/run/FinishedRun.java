package dev.evalunit.api.run;

import dev.evalunit.api.spi.RunListener;
import dev.evalunit.engine.files.RunFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A suite's run as {@link RunListener}s receive it: its summary, the directory holding
 * {@code results.jsonl} and {@code summary.json} (where listeners may write their own files), and the
 * run's {@code evalunit.*} configuration.
 *
 * @param summary   the finished run
 * @param directory {@code <output>/<suite-id>/<run-id>}
 * @param settings  every {@code evalunit.*} configuration parameter of the run
 */
public record FinishedRun(RunSummary summary, Path directory, Map<String, String> settings) {

    public FinishedRun {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(directory, "directory");
        settings = Map.copyOf(new TreeMap<>(Objects.requireNonNull(settings, "settings")));
    }

    /** A configuration parameter of the run, if set. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /** The run's {@code results.jsonl}. */
    public Path results() {
        return directory.resolve(RunFiles.RESULTS);
    }
}
