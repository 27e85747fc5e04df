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
     */
    public static ExperimentDefinition read(Path file) {
        return file.getFileName().toString().endsWith("winner.json")
                ? ExperimentDefinition.fromWinner(WinnerFiles.read(file))
                : ExperimentDefinitions.read(file);
    }
}
