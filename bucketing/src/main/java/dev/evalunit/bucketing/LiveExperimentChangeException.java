package dev.evalunit.bucketing;

/**
 * A live experiment's variants (or salt or mode) were changed in place, which would silently move units
 * between arms and mix two experiments' data. Declare a new phase with a new salt instead.
 */
public final class LiveExperimentChangeException extends IllegalStateException {
    public LiveExperimentChangeException(String message) {
        super(message);
    }
}
