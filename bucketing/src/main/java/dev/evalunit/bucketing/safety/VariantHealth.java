package dev.evalunit.bucketing.safety;

import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.stats.Summary;
import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Running health figures of one variant: request and error counts (ratings alone are not requests), rating sum, and the latencies of the
 * most recent requests in a fixed ring (so p95 reflects now, in bounded memory). Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VariantHealth {

    private final String variantId;
    private final double[] latencies;
    private long requests;
    private long errors;
    private long latencyCount;
    private long ratings;
    private double ratingSum;

    /**
     * @param variantId     the variant
     * @param latencyWindow how many recent latencies the p95 is computed over
     */
    public VariantHealth(String variantId, int latencyWindow) {
        this.variantId = variantId;
        this.latencies = new double[latencyWindow];
    }

    /** Folds in one outcome; only {@linkplain Outcome#isRequest() requests} count towards the error rate. */
    public synchronized void record(Outcome outcome) {
        if (outcome.isRequest()) {
            requests++;
            errors += outcome.error() ? 1 : 0;
        }
        if (outcome.latencyMillis().isPresent()) {
            latencies[(int) (latencyCount++ % latencies.length)] = outcome.latencyMillis().getAsDouble();
        }
        if (outcome.rating().isPresent()) {
            ratings++;
            ratingSum += outcome.rating().getAsDouble();
        }
    }

    public String variantId() {
        return variantId;
    }

    public synchronized long requests() {
        return requests;
    }

    public synchronized double errorRate() {
        return requests == 0 ? 0 : errors / (double) requests;
    }

    /** How many latencies the window holds. */
    public synchronized long latencySamples() {
        return Math.min(latencyCount, latencies.length);
    }

    /** The 95th percentile of the recent latencies (stats module's percentile), when there are any. */
    public synchronized OptionalDouble latencyP95() {
        int n = (int) latencySamples();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Summary.percentile(Arrays.copyOf(latencies, n), 95));
    }

    public synchronized long ratings() {
        return ratings;
    }

    public synchronized OptionalDouble meanRating() {
        return ratings == 0 ? OptionalDouble.empty() : OptionalDouble.of(ratingSum / ratings);
    }
}
