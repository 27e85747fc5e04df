package dev.evalunit.web;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.ExperimentDefinitions;
import dev.evalunit.bucketing.winner.WinnerFiles;
import org.apiguardian.api.API;

import java.nio.file.Path;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Reads the experiment a service runs from a file: an offline run's {@code winner.json}, or a definition. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExperimentFiles {

    private ExperimentFiles() {
    }

    /**
     * A file whose name ends in {@code winner.json} becomes the online experiment that follows the verdict
     * ({@link ExperimentDefinition#fromWinner}); any other file is read as an experiment definition.
     *
     * @param allowed what to accept of a verdict that does not belong in production (simulated models,
     *                {@code KEEP_CONTROL}); nothing by default, so such a {@code winner.json} is refused
     */
    public static ExperimentDefinition read(Path file, ExperimentDefinition.Allow... allowed) {
        return file.getFileName().toString().endsWith("winner.json")
                ? ExperimentDefinition.fromWinner(WinnerFiles.read(file), allowed)
                : ExperimentDefinitions.read(file);
    }
}
