package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a {@link ScorerProvider} gets to build and validate a scorer at discovery time.
 *
 * @param spec           the declaration
 * @param caseFields     the field names every case of the dataset has, to validate reference fields
 * @param suiteDirectory the directory of the suite file, for relative paths (e.g. a JSON schema file)
 * @param judgeModel     the run-wide judge model ({@code evalunit.judge.model}) of judges that name none
 */
@API(status = STABLE, since = "0.1")
public record ScorerSetup(ScorerSpec spec, Set<String> caseFields, Optional<Path> suiteDirectory,
                          Optional<String> judgeModel) {

    public ScorerSetup {
        Objects.requireNonNull(spec, "spec");
        caseFields = Set.copyOf(Objects.requireNonNull(caseFields, "caseFields"));
        Objects.requireNonNull(suiteDirectory, "suiteDirectory");
        Objects.requireNonNull(judgeModel, "judgeModel");
    }

    /** A setup without a run-wide judge model. */
    public ScorerSetup(ScorerSpec spec, Set<String> caseFields, Optional<Path> suiteDirectory) {
        this(spec, caseFields, suiteDirectory, Optional.empty());
    }
}
