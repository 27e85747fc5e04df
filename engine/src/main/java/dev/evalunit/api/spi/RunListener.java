package dev.evalunit.api.spi;

import dev.evalunit.api.run.FinishedRun;
import dev.evalunit.api.run.RunInProgress;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.List;

/**
 * Receives every finished suite run, after {@code summary.json} is written. Implementations (report
 * renderers, exporters) are found through {@link java.util.ServiceLoader} and may write files into
 * {@link FinishedRun#directory()}. A listener that throws fails the suite's node with its message.
 */
@API(status = STABLE, since = "0.1")
public interface RunListener {

    /** Called once per suite run, on the engine's thread, after the suite's last case. */
    void runFinished(FinishedRun run) throws Exception;

    /**
     * Called at the interval {@code evalunit.progress.report-interval} while a suite runs, on the engine's thread
     * between two cases, never after {@link #runFinished}; for interim files (the final ones replace them). A
     * listener that throws here is reported on standard error and the run goes on. Does nothing by default.
     */
    default void runInProgress(RunInProgress run) throws Exception {
    }

    /**
     * The files this listener wrote for a finished run (after {@link #runFinished}), which the engine publishes on
     * the suite's node as JUnit file entries so IDEs and build tools can link them. None by default.
     */
    default List<Path> filesWritten(FinishedRun run) {
        return List.of();
    }
}
