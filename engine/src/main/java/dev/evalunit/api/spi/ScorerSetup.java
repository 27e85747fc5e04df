package dev.evalunit.api.spi;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link ScorerProvider} gets to build and validate a scorer at discovery time.
 *
 * @param spec           the declaration
 * @param caseFields     the field names every case of the dataset has, to validate reference fields
 * @param suiteDirectory the directory of the suite file, for relative paths (e.g. a JSON schema file)
 */
public record ScorerSetup(ScorerSpec spec, Set<String> caseFields, Optional<Path> suiteDirectory) {

    public ScorerSetup {
        Objects.requireNonNull(spec, "spec");
        caseFields = Set.copyOf(Objects.requireNonNull(caseFields, "caseFields"));
        Objects.requireNonNull(suiteDirectory, "suiteDirectory");
    }
}
