package dev.evalunit.bucketing.metrics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads record while the sink fails one write in twenty, then goes down for a second, and close() runs
 * in the middle of it all: every event handed over is delivered exactly once or counted as dropped, no
 * caller sees an exception, and close() returns by its deadline.
 */
class MetricRecorderChaosTest {

    private static final int THREADS = 8;
    private static final int EVENTS_PER_THREAD = 5_000;
    private static final Duration CLOSE_DEADLINE = Duration.ofSeconds(2);

    /** Fails 5% of writes at random, and every write during one outage that starts after 50 deliveries. */
    private static final class ChaoticSink implements EventSink {
        private final SplittableRandom random = new SplittableRandom(15);
        private final Set<String> stored = ConcurrentHashMap.newKeySet();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicInteger delivered = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final CountDownLatch outageBegun = new CountDownLatch(1);
        private long outageEndsAt;

        @Override
        public void write(List<MetricEvent> batch) throws IOException {
            boolean fail;
            synchronized (random) {
                fail = random.nextInt(20) == 0;
            }
            // the recorder writes from one thread, so the outage needs no lock
            if (delivered.get() == 50 && outageBegun.getCount() > 0) {
                outageEndsAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_000);
                outageBegun.countDown();
            }
            boolean down = outageBegun.getCount() == 0 && System.nanoTime() < outageEndsAt;
            if (fail || down) {
                failures.incrementAndGet();
                throw new IOException(fail ? "connection reset" : "database unavailable");
            }
            for (MetricEvent event : batch) {
                if (!stored.add(event.unitId())) {
                    duplicates.incrementAndGet();
                }
            }
            delivered.incrementAndGet();
        }
    }

    /** About a millisecond, so the threads record over a few hundred milliseconds instead of all at once. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyEventIsDeliveredOnceOrCountedAsDroppedAndNothingReachesTheCallers() throws Exception {
        ChaoticSink sink = new ChaoticSink();
        MetricRecorder recorder = new MetricRecorder(sink, 100, Duration.ofSeconds(5), 10_000);
        AtomicLong handed = new AtomicLong();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread recording = new Thread(() -> {
                for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                    try {
                        recorder.record(new MetricEvent.Observed("exp", 1, "control", thread + "-" + i,
                                Instant.EPOCH.plusMillis(i), Outcome.served(100, 0.001)));
                        handed.incrementAndGet();
                    } catch (Throwable e) {
                        thrown.add(e);
                    }
                    if (i % 10 == 0) {
                        pause();
                    }
                }
            }, "recording-" + t);
            recording.start();
            threads.add(recording);
        }
        // close while the sink is down and the threads are still recording
        assertThat(sink.outageBegun.await(30, TimeUnit.SECONDS)).as("the outage began").isTrue();

        long closing = System.nanoTime();
        RecorderCounts atClose = recorder.close(CLOSE_DEADLINE);
        Duration closeTook = Duration.ofNanos(System.nanoTime() - closing);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(thrown).isEmpty();
        assertThat(closeTook).as("close() by its deadline, with slack for a loaded machine")
                .isLessThan(CLOSE_DEADLINE.plusSeconds(3));
        assertThat(atClose.recorded()).isEqualTo(atClose.delivered() + atClose.dropped() + atClose.pending());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (recorder.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        RecorderCounts end = recorder.counts();
        assertThat(end.pending()).isZero();
        assertThat(end.recorded()).isEqualTo((long) THREADS * EVENTS_PER_THREAD).isEqualTo(handed.get());
        assertThat(end.delivered() + end.dropped()).isEqualTo(end.recorded());
        assertThat(sink.duplicates.get()).as("events written twice").isZero();
        assertThat((long) sink.stored.size()).isEqualTo(end.delivered());
        assertThat(sink.failures.get()).as("the sink did fail").isGreaterThan(0);
        assertThat(end.delivered()).as("delivered before and after the outage").isGreaterThanOrEqualTo(5_000);
    }
}
