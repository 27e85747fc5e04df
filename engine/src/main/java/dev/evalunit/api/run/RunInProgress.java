package dev.evalunit.api.run;

import dev.evalunit.api.spi.RunListener;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A suite's run while it is still going, as {@link RunListener#runInProgress} receives it: the summary of the
 * cases reported so far (no comparison, gates or findings yet; nothing is written to {@code summary.json}),
 * where the run is, and its directory, whose {@code results.jsonl} is still being appended to (it may hold
 * samples of cases the summary does not have yet, and a last line cut short).
 *
 * @param summary   the cases reported so far; {@code finishedAt} is the time of this snapshot
 * @param progress  where the run is
 * @param directory {@code <output>/<suite-id>/<run-id>}
 * @param settings  every {@code evalunit.*} configuration parameter of the run but the provider settings
 */
public record RunInProgress(RunSummary summary, RunProgress progress, Path directory, Map<String, String> settings) {

    public RunInProgress {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(directory, "directory");
        settings = Map.copyOf(new TreeMap<>(Objects.requireNonNull(settings, "settings")));
    }

    /** A configuration parameter of the run, if set. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
