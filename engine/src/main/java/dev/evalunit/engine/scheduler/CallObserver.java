package dev.evalunit.engine.scheduler;

import dev.evalunit.api.spi.ModelCallException;

import java.time.Duration;
import java.util.Optional;

/**
 * Hears what the scheduler does with each provider's attempts, for progress reporting. Methods are called on the
 * scheduler's and the providers' threads, outside the scheduler's locks; they must be quick and must not throw.
 */
public interface CallObserver {

    /** An attempt was sent to the provider. */
    default void attemptStarted(String providerId) {
    }

    /**
     * An attempt ended.
     *
     * @param latency wall time of the attempt
     * @param failure why it failed; empty when it succeeded
     */
    default void attemptEnded(String providerId, Duration latency, Optional<ModelCallException.Kind> failure) {
    }

    /** The provider asked for a pause ({@code Retry-After}); its queue waits that long. */
    default void paused(String providerId, Duration pause) {
    }
}
