package dev.evalunit.web;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Exposure counts of a single instance. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryExposureCounter implements ExposureCounter {

    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> counts = new ConcurrentHashMap<>();

    @Override
    public void increment(String experimentId, int phase, String variantId) {
        counts.computeIfAbsent(experimentId + ":" + phase, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(variantId, k -> new LongAdder()).increment();
    }

    @Override
    public Map<String, Long> counts(String experimentId, int phase) {
        Map<String, Long> result = new TreeMap<>();
        counts.getOrDefault(experimentId + ":" + phase, new ConcurrentHashMap<>())
                .forEach((variant, adder) -> result.put(variant, adder.sum()));
        return result;
    }
}
