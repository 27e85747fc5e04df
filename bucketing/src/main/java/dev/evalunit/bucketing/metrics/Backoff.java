package dev.evalunit.bucketing.metrics;

import java.util.concurrent.TimeUnit;

/**
 * When the recorder retries a sink that refused a batch: 10 ms after the first failure, doubling up to a
 * ceiling, back to no wait after a success. A run of failures is reported once it reaches three writes, so
 * one-off failures (which the retry absorbs) do not fill the log. Not thread-safe: the recorder's lock guards it.
 */
final class Backoff {

    private static final System.Logger LOG = System.getLogger(MetricRecorder.class.getName());
    private static final long FIRST_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int REPORTED_RUN = 3;

    private final long longestNanos;
    private int failuresInARow;
    private long delayNanos;
    private long retryAtNanos;

    /** @param longestNanos the longest wait between two attempts */
    Backoff(long longestNanos) {
        this.longestNanos = longestNanos;
    }

    /** Whether a failure is waiting for its retry (or its retry is due). */
    boolean active() {
        return retryAtNanos != 0;
    }

    /** When the next attempt is due; meaningful only while {@link #active()}. */
    long retryAtNanos() {
        return retryAtNanos;
    }

    /**
     * Books a refused write; the next attempt waits twice as long as the last, up to the ceiling.
     *
     * @param bound   how many events may wait meanwhile (for the report)
     * @param failure what the sink threw
     */
    void failed(int bound, Exception failure) {
        if (++failuresInARow == REPORTED_RUN) {
            LOG.log(System.Logger.Level.WARNING, "metric sink refused {0} writes in a row, retrying with backoff while "
                    + "up to {1} events wait: {2}", failuresInARow, bound, failure.toString());
        }
        delayNanos = delayNanos == 0 ? FIRST_NANOS : Math.min(delayNanos * 2, longestNanos);
        retryAtNanos = System.nanoTime() + delayNanos;
    }

    /** Books an accepted write: no more waiting. */
    void succeeded() {
        if (failuresInARow >= REPORTED_RUN) {
            LOG.log(System.Logger.Level.INFO, "metric sink accepts batches again after {0} failed writes", failuresInARow);
        }
        failuresInARow = 0;
        delayNanos = 0;
        retryAtNanos = 0;
    }
}
