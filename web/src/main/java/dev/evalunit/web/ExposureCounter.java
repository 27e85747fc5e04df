package dev.evalunit.web;

import org.apiguardian.api.API;

import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Counts the requests served by each variant of an experiment phase (the source article's exposure counts). */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExposureCounter extends AutoCloseable {

    /** One more request of {@code variantId}; must not block on I/O. */
    void increment(String experimentId, int phase, String variantId);

    /** The counts so far by variant id, across every instance sharing the counter. */
    Map<String, Long> counts(String experimentId, int phase);

    @Override
    default void close() {
    }
}
