package dev.evalunit.engine.scheduler;

import dev.evalunit.api.run.ErrorKind;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Hears what the scheduler does with each provider's attempts, for progress reporting. Methods are called on the
 * scheduler's and the providers' threads, outside the scheduler's locks; they must be quick and must not throw.
 */
@API(status = INTERNAL, since = "0.1")
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
    default void attemptEnded(String providerId, Duration latency, Optional<ErrorKind> failure) {
    }

    /** The provider asked for a pause ({@code Retry-After}); its queue waits that long. */
    default void paused(String providerId, Duration pause) {
    }
}
