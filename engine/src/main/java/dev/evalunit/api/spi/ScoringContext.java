package dev.evalunit.api.spi;

/**
 * Services the engine offers scorers while a suite runs.
 */
public interface ScoringContext {

    /**
     * A client for judge calls. It goes through the engine's scheduler, so judge calls share the
     * provider's concurrency and rate limits, are retried, and are cached like generation calls.
     */
    ModelClient judgeClient();
}
