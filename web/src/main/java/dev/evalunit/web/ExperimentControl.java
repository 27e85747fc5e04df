package dev.evalunit.web;

import dev.evalunit.bucketing.Pause;
import dev.evalunit.bucketing.safety.FlagSource;
import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The kill switch and pause flags every instance of a service obeys. Reads ({@link #isKilled},
 * {@link #pauseState}) answer from memory, so the assignment path makes no network call; a shared
 * implementation refreshes that memory often enough that a change made on one instance reaches the others
 * within a second. Writes take effect on this instance at once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExperimentControl extends FlagSource, AutoCloseable {

    /** Stops assigning {@code experimentId} everywhere. */
    void kill(String experimentId);

    /** Lets a killed experiment assign again. */
    void revive(String experimentId);

    /** Pauses {@code experimentId} everywhere unless it is paused already. */
    void pause(String experimentId, Pause pause);

    /** Lifts a pause. */
    void resume(String experimentId);

    /** The pause in force, if any. */
    Optional<Pause> pauseState(String experimentId);

    @Override
    default void close() {
    }
}
