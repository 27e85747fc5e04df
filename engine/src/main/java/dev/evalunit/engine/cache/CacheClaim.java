package dev.evalunit.engine.cache;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.channels.FileLock;

import static org.apiguardian.api.API.Status.INTERNAL;

/** A run's claim on fetching one cache entry (see {@link ResponseCache#claim}); closing it lets others fetch it. */
@API(status = INTERNAL, since = "0.1")
public final class CacheClaim implements AutoCloseable {

    /** No claim: for a mode that fetches regardless (refresh), or when claims cannot be written. */
    public static final CacheClaim NONE = new CacheClaim(null);

    private final FileLock lock;

    CacheClaim(FileLock lock) {
        this.lock = lock;
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // the lock ends with this process at the latest
        }
    }
}
