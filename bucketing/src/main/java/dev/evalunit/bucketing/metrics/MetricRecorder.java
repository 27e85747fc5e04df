package dev.evalunit.bucketing.metrics;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buffers events and delivers them to a sink in batches: when {@code batchSize} events are waiting and every
 * {@code flushInterval}, on one background thread so request threads never wait for I/O. A batch the sink
 * refuses goes back to the front of the queue; the queue holds at most {@code maxBuffered} events and the
 * oldest beyond that are dropped and counted in {@link #dropped()}, so a dead sink cannot exhaust memory.
 * {@link #close()} stops the timer and makes one last delivery attempt.
 */
public final class MetricRecorder implements AutoCloseable {

    private final EventSink sink;
    private final int batchSize;
    private final int maxBuffered;
    private final ArrayDeque<MetricEvent> queue = new ArrayDeque<>();
    private final Object flushing = new Object();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final ScheduledExecutorService flusher;
    private volatile boolean closed;

    /**
     * @param sink          where batches go
     * @param batchSize     deliver as soon as this many events wait (the source article used 100)
     * @param flushInterval deliver at least this often (the source article used 5 s)
     * @param maxBuffered   the most events kept while the sink fails; at least {@code batchSize}
     */
    public MetricRecorder(EventSink sink, int batchSize, Duration flushInterval, int maxBuffered) {
        this.sink = Objects.requireNonNull(sink, "sink");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
        }
        if (maxBuffered < batchSize) {
            throw new IllegalArgumentException("maxBuffered must be >= batchSize (" + batchSize + "), was " + maxBuffered);
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flushInterval must be positive, was " + flushInterval);
        }
        this.batchSize = batchSize;
        this.maxBuffered = maxBuffered;
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "evalunit-metric-recorder");
            thread.setDaemon(true);
            return thread;
        });
        long millis = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Queues one event; never blocks on the sink. After {@link #close()} the event is counted as dropped. */
    public void record(MetricEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            dropped.incrementAndGet();
            return;
        }
        int waiting;
        synchronized (queue) {
            queue.addLast(event);
            trimToBound();
            waiting = queue.size();
        }
        if (waiting == batchSize) {
            flusher.execute(this::flush);
        }
    }

    /** Delivers everything queued now, batch by batch, stopping at the first sink failure. */
    public void flush() {
        synchronized (flushing) {
            while (true) {
                List<MetricEvent> batch = new ArrayList<>(batchSize);
                synchronized (queue) {
                    while (batch.size() < batchSize && !queue.isEmpty()) {
                        batch.add(queue.pollFirst());
                    }
                }
                if (batch.isEmpty()) {
                    return;
                }
                try {
                    sink.write(List.copyOf(batch));
                    delivered.addAndGet(batch.size());
                } catch (IOException | RuntimeException e) {
                    requeue(batch);
                    return;
                }
            }
        }
    }

    /** Events lost because the queue was full while the sink failed. */
    public long dropped() {
        return dropped.get();
    }

    /** Events the sink accepted. */
    public long delivered() {
        return delivered.get();
    }

    /** Events waiting for delivery. */
    public int pending() {
        synchronized (queue) {
            return queue.size();
        }
    }

    /** Stops the timer and flushes; events the sink still refuses are counted as dropped. */
    @Override
    public void close() {
        closed = true;
        flusher.shutdown();
        try {
            if (!flusher.awaitTermination(10, TimeUnit.SECONDS)) {
                flusher.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
        synchronized (queue) {
            dropped.addAndGet(queue.size());
            queue.clear();
        }
    }

    private void requeue(List<MetricEvent> batch) {
        synchronized (queue) {
            for (int i = batch.size() - 1; i >= 0; i--) {
                queue.addFirst(batch.get(i));
            }
            trimToBound();
        }
    }

    private void trimToBound() {
        while (queue.size() > maxBuffered) {
            queue.pollFirst();
            dropped.incrementAndGet();
        }
    }
}
