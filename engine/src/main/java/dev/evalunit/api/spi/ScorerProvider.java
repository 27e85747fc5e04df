package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Builds scorers of one name, found through {@link java.util.ServiceLoader}. Creating validates the
 * declaration at discovery time, so a bad option fails before any model is called.
 */
@API(status = STABLE, since = "0.1")
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
