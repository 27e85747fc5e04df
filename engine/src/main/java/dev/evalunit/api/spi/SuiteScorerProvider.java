package dev.evalunit.api.spi;

import java.util.Optional;

/**
 * Builds suite-level scorers of one name, found through {@link java.util.ServiceLoader}. A suite's
 * {@code scorers:} declaration is offered to the per-sample {@link ScorerProvider} and to the
 * {@code SuiteScorerProvider} of its name; either or both may exist. Creating validates the declaration at
 * discovery time, so a bad option is a discovery issue with file and line.
 */
public interface SuiteScorerProvider {

    /** The name suites use, e.g. {@code label-match} or {@code pairwise-judge}. */
    String name();

    /**
     * Validates the declaration and builds the scorer, or returns empty when this declaration asks for no
     * suite-level work (e.g. a judge judged once per sample, with no human scores to calibrate against).
     *
     * @throws ScorerConfigException when the declaration is invalid; the message names the option
     */
    Optional<SuiteLevelScorer> create(ScorerSetup setup) throws ScorerConfigException;
}
