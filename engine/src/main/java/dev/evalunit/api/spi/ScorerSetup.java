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

    /** A setup of a suite without a directory (a Java suite) and without a run-wide judge model. */
    public static ScorerSetup of(ScorerSpec spec, Set<String> caseFields) {
        return new ScorerSetup(spec, caseFields, Optional.empty(), Optional.empty());
    }

    /** This setup for a suite read from the given directory. */
    public ScorerSetup inDirectory(Path directory) {
        return new ScorerSetup(spec, caseFields, Optional.of(directory), judgeModel);
    }

    /** This setup with a run-wide judge model. */
    public ScorerSetup withJudgeModel(String model) {
        return new ScorerSetup(spec, caseFields, suiteDirectory, Optional.of(model));
    }
}
