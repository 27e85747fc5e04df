package dev.evalunit.engine.cache;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The configuration keys the response cache reads; {@code dev.evalunit.engine.Constants} documents each for users. */
@API(status = INTERNAL, since = "0.1")
public final class CacheKeys {

    /** Key: the cache mode. */
    public static final String MODE = "evalunit.cache.mode";

    /** Key: the response cache directory. */
    public static final String DIRECTORY = "evalunit.cache.dir";

    private CacheKeys() {
    }
}
