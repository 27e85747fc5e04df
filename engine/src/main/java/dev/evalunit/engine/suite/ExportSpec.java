package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A suite's {@code export} block: write {@code winner.json} after the comparison.
 *
 * @param experimentId the experiment the production bucketing library knows the evaluation by
 * @param path         a further file to copy {@code winner.json} to, relative to the export directory
 *                     ({@code evalunit.export.directory}, by default the working directory) and inside it
 */
@API(status = INTERNAL, since = "0.1")
public record ExportSpec(String experimentId, Optional<String> path) {

    public ExportSpec {
        Objects.requireNonNull(experimentId, "experimentId");
        Objects.requireNonNull(path, "path");
    }
}
