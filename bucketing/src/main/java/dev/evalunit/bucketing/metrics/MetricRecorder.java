package dev.evalunit.bucketing.metrics;

import org.apiguardian.api.API;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Buffers events and delivers them to a sink in batches on one background thread, so request threads never
 * wait for I/O and {@link #record} never throws: a batch goes out as soon as {@code batchSize} events wait,
 * and everything waiting goes out at least every {@code flushInterval}. A batch the sink refuses goes back to
 * the front of the queue and is retried after a backoff (10 ms, doubling up to 250 ms or the flush interval,
 * whichever is shorter: short enough that a flaky sink keeps up, long enough not to hammer a dead one), so
 * occasional failures delay events and lose none. While the sink is down the
 * queue holds at most {@code maxBuffered} events; the oldest beyond that are dropped and counted.
 * {@link #close(Duration)} delivers what it can within a deadline and counts the rest as dropped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricRecorder implements AutoCloseable {

    /** How long {@link #close()} keeps trying to deliver. */
    public static final Duration DEFAULT_CLOSE_DEADLINE = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(MetricRecorder.class.getName());
    private static final long LONGEST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final EventSink sink;
    private final int batchSize;
    private final int maxBuffered;
    private final long intervalNanos;
    private final Thread flusher;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the flusher may have work: a full batch, a flush request, close. */
    private final Condition work = lock.newCondition();
    /** Signalled when a requested flush round has ended. */
    private final Condition flushed = lock.newCondition();
    // everything below is guarded by lock
    private final ArrayDeque<MetricEvent> queue = new ArrayDeque<>();
    private long recorded;
    private long delivered;
    private long dropped;
    private int inFlight;
    private final Backoff backoff;
    private long flushRequested;
    private long flushCompleted;
    private boolean closed;
    private boolean closeFinished;
    private long closeDeadlineNanos;

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
        this.intervalNanos = flushInterval.toNanos();
        this.backoff = new Backoff(Math.min(intervalNanos, LONGEST_RETRY_NANOS));
        this.flusher = new Thread(this::deliverUntilClosed, "evalunit-metric-recorder");
        flusher.setDaemon(true);
        flusher.start();
    }

    /**
     * Queues one event and returns at once; never blocks on the sink and never throws for a failing or closed
     * recorder. After {@link #close()} has begun the event is counted as dropped.
     */
    public void record(MetricEvent event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            recorded++;
            if (closed) {
                dropped++;
                return;
            }
            queue.addLast(event);
            trimToBound();
            if (queue.size() >= batchSize && !backoff.active()) {
                work.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks the background thread to deliver everything queued now, ignoring any backoff, and waits until that
     * round has ended: delivered, or stopped at a sink failure (the refused batch stays queued).
     */
    public void flush() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            long generation = ++flushRequested;
            work.signal();
            while (flushCompleted < generation && !closeFinished) {
                flushed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Events handed to {@link #record}. */
    public long recorded() {
        return counts().recorded();
    }

    /** Events lost: beyond the bound while the sink failed, recorded after close, or undelivered at close. */
    public long dropped() {
        return counts().dropped();
    }

    /** Events the sink accepted. */
    public long delivered() {
        return counts().delivered();
    }

    /** Events waiting for delivery, the batch being written included. */
    public int pending() {
        return (int) counts().pending();
    }

    /** All counts at one instant. */
    public RecorderCounts counts() {
        lock.lock();
        try {
            return new RecorderCounts(recorded, delivered, dropped, queue.size() + inFlight);
        } finally {
            lock.unlock();
        }
    }

    /** {@link #close(Duration)} with {@link #DEFAULT_CLOSE_DEADLINE}. */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_DEADLINE);
    }

    /**
     * Stops accepting events, keeps delivering (with retries) until the queue is empty or {@code deadline} has
     * passed, and returns by then even if the sink hangs. Events still queued at the deadline are counted as
     * dropped and reported at WARNING level; a batch whose write outlives the deadline stays pending until the
     * sink answers. Closing twice returns the counts.
     */
    public RecorderCounts close(Duration deadline) {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                closeDeadlineNanos = deadlineNanos;
                work.signal();
            }
        } finally {
            lock.unlock();
        }
        try {
            TimeUnit.NANOSECONDS.timedJoin(flusher, Math.max(1, deadlineNanos - System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RecorderCounts counts;
        int abandoned;
        lock.lock();
        try {
            abandoned = closeFinished ? 0 : queue.size();
            dropped += abandoned;
            queue.clear();
            closeFinished = true;
            flushed.signalAll();
            counts = counts();
        } finally {
            lock.unlock();
        }
        flusher.interrupt();
        if (abandoned > 0 || counts.pending() > 0) {
            LOG.log(System.Logger.Level.WARNING, "metric recorder closed: {0} events undelivered at the deadline were "
                    + "dropped, {1} still being written; over its life {2} recorded, {3} delivered, {4} dropped",
                    abandoned, counts.pending(), counts.recorded(), counts.delivered(), counts.dropped());
        }
        return counts;
    }

    /** The background thread: waits for work, delivers rounds of batches, until closed and done. */
    private void deliverUntilClosed() {
        long dueAt = System.nanoTime() + intervalNanos;
        while (true) {
            Round round;
            lock.lock();
            try {
                round = nextRound(dueAt);
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (round == null) {
                return;
            }
            deliver(round);
            if (round.everything) {
                dueAt = System.nanoTime() + intervalNanos;
            }
        }
    }

    /** Waits (holding the lock) until a round is due; null when the recorder is closed and has nothing left. */
    private Round nextRound(long dueAt) throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            if (closeFinished || closed && queue.isEmpty()) {
                return null;
            }
            if (closed) {
                if (!backoff.active() || now >= backoff.retryAtNanos()) {
                    return new Round(true, flushRequested);
                }
                if (backoff.retryAtNanos() > closeDeadlineNanos) {
                    return null;
                }
                work.awaitNanos(backoff.retryAtNanos() - now);
            } else if (flushRequested > flushCompleted) {
                return new Round(true, flushRequested);
            } else if (backoff.active()) {
                if (now >= backoff.retryAtNanos()) {
                    return new Round(true, flushCompleted);
                }
                work.awaitNanos(backoff.retryAtNanos() - now);
            } else if (queue.size() >= batchSize) {
                return new Round(false, flushCompleted);
            } else if (now >= dueAt) {
                return new Round(true, flushCompleted);
            } else {
                work.awaitNanos(dueAt - now);
            }
        }
    }

    /** Writes batches until the round's events are out or the sink refuses one. */
    private void deliver(Round round) {
        while (true) {
            List<MetricEvent> batch;
            lock.lock();
            try {
                if (queue.isEmpty() || !round.everything && queue.size() < batchSize) {
                    break;
                }
                batch = new ArrayList<>(Math.min(batchSize, queue.size()));
                while (batch.size() < batchSize && !queue.isEmpty()) {
                    batch.add(queue.pollFirst());
                }
                inFlight = batch.size();
            } finally {
                lock.unlock();
            }
            Exception failure = write(batch);
            if (!settle(batch, failure)) {
                break;
            }
        }
        lock.lock();
        try {
            if (round.flushGeneration > flushCompleted) {
                flushCompleted = round.flushGeneration;
                flushed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private Exception write(List<MetricEvent> batch) {
        try {
            sink.write(List.copyOf(batch));
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    /** Books a written batch; on failure re-queues it (or drops it once close has given up) and backs off. */
    private boolean settle(List<MetricEvent> batch, Exception failure) {
        lock.lock();
        try {
            inFlight = 0;
            if (failure == null) {
                delivered += batch.size();
                backoff.succeeded();
                return true;
            }
            if (closeFinished) {
                dropped += batch.size();
                return false;
            }
            for (int i = batch.size() - 1; i >= 0; i--) {
                queue.addFirst(batch.get(i));
            }
            trimToBound();
            backoff.failed(maxBuffered, failure);
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void trimToBound() {
        while (queue.size() > maxBuffered) {
            queue.pollFirst();
            dropped++;
        }
    }

    /**
     * One delivery round.
     *
     * @param everything      deliver every queued event (timer, retry, flush, close), not only full batches
     * @param flushGeneration the flush request this round answers
     */
    private record Round(boolean everything, long flushGeneration) {
    }
}
