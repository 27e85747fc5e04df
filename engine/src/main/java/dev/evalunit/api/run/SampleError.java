package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Why a sample has no output after the scheduler's last attempt. Error samples count in their
 * variant's error rate and are excluded from quality statistics.
 *
 * @param kind     the failure kind (written as its name)
 * @param message  what went wrong, never containing an API key
 * @param attempts how many attempts were made
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleError(ErrorKind kind, String message, int attempts) {

    public SampleError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
