package dev.evalunit.api.run;

import dev.evalunit.api.spi.ModelCallException;
import java.util.Objects;

/**
 * Why a sample has no output after the scheduler's last attempt. Error samples count in their
 * variant's error rate and are excluded from quality statistics.
 *
 * @param kind     the failure kind ({@link ModelCallException.Kind} name, or {@code UNEXPECTED})
 * @param message  what went wrong, never containing an API key
 * @param attempts how many attempts were made
 */
public record SampleError(String kind, String message, int attempts) {

    public SampleError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
