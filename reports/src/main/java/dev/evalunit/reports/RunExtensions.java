package dev.evalunit.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.engine.files.RunFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The part of {@code summary.json} beyond {@link dev.evalunit.api.run.RunSummary} that the report shows when a run
 * carries it: {@code gitCommit}, documented in the README ("Reports").
 *
 * @param gitCommit the commit the run was made at
 */
record RunExtensions(Optional<String> gitCommit) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the extension fields of a run's {@code summary.json}. */
    static RunExtensions read(Path runDirectory) throws IOException {
        JsonNode commit = MAPPER.readTree(runDirectory.resolve(RunFiles.SUMMARY).toFile()).path("gitCommit");
        return new RunExtensions(commit.isTextual() && !commit.asText().isBlank()
                ? Optional.of(commit.asText()) : Optional.empty());
    }
}
