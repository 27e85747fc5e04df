package dev.evalunit.api.spi;

/**
 * Builds scorers of one name, found through {@link java.util.ServiceLoader}. Creating validates the
 * declaration at discovery time, so a bad option fails before any model is called.
 */
public interface ScorerProvider {

    /** The name suites use, e.g. {@code contains} or {@code rubric-judge}. */
    String name();

    /**
     * Validates the declaration and builds the scorer.
     *
     * @throws ScorerConfigException when the declaration is invalid; the message names the option
     */
    Scorer create(ScorerSetup setup) throws ScorerConfigException;
}
