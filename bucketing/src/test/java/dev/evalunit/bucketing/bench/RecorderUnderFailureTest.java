package dev.evalunit.bucketing.bench;

import dev.evalunit.bucketing.metrics.EventSink;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of README's recorder table, in real time (about 20 s per row), so off by default: the README's
 * settings (batches of 100, every 5 s, at most 10,000 waiting), 8 threads recording 2,000 events/s in all for
 * 20 s, a sink taking 5 ms per write and failing a given share of writes at random, optionally down for a
 * stretch in the middle. Prints delivered and dropped events per row.
 * <pre>
 * mvn -B -pl bucketing -am test -Dtest=RecorderUnderFailureTest -Dsurefire.failIfNoSpecifiedTests=false -Drecorder.simulation=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "recorder.simulation", matches = "true")
class RecorderUnderFailureTest {

    private static final int THREADS = 8;
    private static final int EVENTS_PER_SECOND = 2_000;
    private static final int SECONDS = 20;

    /** Fails a share of writes at random, and every write while down. */
    private static final class FailingSink implements EventSink {
        private final SplittableRandom random = new SplittableRandom(15);
        private final double failureRate;
        private final long downFrom;
        private final long downUntil;
        private final AtomicLong stored = new AtomicLong();

        FailingSink(double failureRate, long downFrom, long downUntil) {
            this.failureRate = failureRate;
            this.downFrom = downFrom;
            this.downUntil = downUntil;
        }

        @Override
        public void write(List<MetricEvent> batch) throws IOException {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            long now = System.nanoTime();
            boolean fail;
            synchronized (random) {
                fail = random.nextDouble() < failureRate;
            }
            if (fail || now >= downFrom && now < downUntil) {
                throw new IOException("write failed");
            }
            stored.addAndGet(batch.size());
        }
    }

    @ParameterizedTest(name = "{0} failures, down {1} s")
    @CsvSource({"0.01, 0", "0.05, 0", "0.50, 0", "0.05, 10"})
    void deliveredAndDroppedUnderSinkFailures(double failureRate, int downSeconds) throws Exception {
        long start = System.nanoTime();
        long downFrom = start + TimeUnit.SECONDS.toNanos((SECONDS - downSeconds) / 2);
        FailingSink sink = new FailingSink(failureRate, downFrom, downFrom + TimeUnit.SECONDS.toNanos(downSeconds));
        MetricRecorder recorder = new MetricRecorder(sink, 100, Duration.ofSeconds(5), 10_000);
        long perThread = (long) EVENTS_PER_SECOND * SECONDS / THREADS;
        long spacing = TimeUnit.SECONDS.toNanos(1) * THREADS / EVENTS_PER_SECOND;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread recording = new Thread(() -> {
                for (long i = 0; i < perThread; i++) {
                    // events on a fixed schedule, so a slow moment is caught up rather than lowering the rate
                    LockSupport.parkNanos(start + i * spacing + thread * spacing / THREADS - System.nanoTime());
                    recorder.record(new MetricEvent.Observed("exp", 1, "control", thread + "-" + i,
                            Instant.EPOCH, Outcome.served(100, 0.001)));
                }
            });
            recording.start();
            threads.add(recording);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        recorder.close();
        long recorded = perThread * THREADS;
        System.out.printf(Locale.ROOT, "recorder: %.0f%% sink failures, down %d s: %d recorded, %d delivered, %d dropped "
                + "(%.1f%%) in %.1f s%n", failureRate * 100, downSeconds, recorded, recorder.delivered(), recorder.dropped(),
                100.0 * recorder.dropped() / recorded, (System.nanoTime() - start) / 1e9);
        assertThat(recorder.delivered()).isEqualTo(sink.stored.get());
        assertThat(recorder.delivered() + recorder.dropped()).isEqualTo(recorded);
    }
}
