package dev.evalunit.bucketing;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A live experiment's variants (or salt or mode) were changed in place, which would silently move units
 * between arms and mix two experiments' data. Declare a new phase with a new salt instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LiveExperimentChangeException extends IllegalStateException {
    public LiveExperimentChangeException(String message) {
        super(message);
    }
}
