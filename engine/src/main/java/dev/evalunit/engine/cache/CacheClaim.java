package dev.evalunit.engine.cache;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.apiguardian.api.API.Status.INTERNAL;

/** A run's claim on fetching one cache entry (see {@link ResponseCache#claim}); closing it lets others fetch it. */
@API(status = INTERNAL, since = "0.1")
public final class CacheClaim implements AutoCloseable {

    /** No claim: for a mode that fetches regardless (refresh), or when claims cannot be written. */
    public static final CacheClaim NONE = new CacheClaim(null);

    private final Path lease;

    CacheClaim(Path lease) {
        this.lease = lease;
    }

    @Override
    public void close() {
        if (lease == null) {
            return;
        }
        try {
            Files.deleteIfExists(lease);
        } catch (IOException e) {
            // a lease left behind is stale once this process ends, and swept then
        }
    }
}
