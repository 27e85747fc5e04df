package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Services the engine offers scorers while a suite runs.
 */
@API(status = STABLE, since = "0.1")
public interface ScoringContext {

    /**
     * A client for judge calls. It goes through the engine's scheduler, so judge calls share the
     * provider's concurrency and rate limits, are retried, and are cached like generation calls.
     */
    ModelClient judgeClient();
}
