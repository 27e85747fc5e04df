package dev.evalunit.bucketing.metrics;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MetricRecorderTest {

    private static final Instant T = Instant.parse("2026-02-03T10:00:00Z");

    private static MetricEvent event(int i) {
        return new MetricEvent.Observed("exp", 1, i % 2 == 0 ? "control" : "treatment", "user-" + i, T.plusSeconds(i),
                Outcome.served(100 + i, 0.001));
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("condition within 5 s").isTrue();
    }

    @Test
    void deliversAFullBatchWithoutWaitingForTheTimer() throws Exception {
        List<List<MetricEvent>> batches = new CopyOnWriteArrayList<>();
        try (MetricRecorder recorder = new MetricRecorder(batches::add, 10, Duration.ofHours(1), 100)) {
            for (int i = 0; i < 10; i++) {
                recorder.record(event(i));
            }
            await(() -> batches.size() == 1);
            assertThat(batches.get(0)).hasSize(10).first().isEqualTo(event(0));
        }
    }

    @Test
    void deliversAPartialBatchWhenTheIntervalPasses() throws Exception {
        List<List<MetricEvent>> batches = new CopyOnWriteArrayList<>();
        try (MetricRecorder recorder = new MetricRecorder(batches::add, 100, Duration.ofMillis(50), 1000)) {
            recorder.record(event(1));
            recorder.record(event(2));
            await(() -> !batches.isEmpty());
            assertThat(batches.get(0)).containsExactly(event(1), event(2));
        }
    }

    @Test
    void aFailingSinkKeepsEventsUpToTheBoundAndCountsTheDropped() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        EventSink flaky = batch -> {
            if (down.get()) {
                throw new IOException("database unavailable");
            }
            stored.addAll(batch);
        };
        MetricRecorder recorder = new MetricRecorder(flaky, 5, Duration.ofHours(1), 20);
        for (int i = 0; i < 50; i++) {
            recorder.record(event(i));
        }
        recorder.flush();
        assertThat(recorder.pending()).isEqualTo(20);
        assertThat(recorder.dropped()).isEqualTo(30);

        down.set(false);
        recorder.flush();
        assertThat(stored).extracting(MetricEvent::unitId).containsExactlyElementsOf(
                IntStream.range(30, 50).mapToObj(i -> "user-" + i).toList());
        recorder.close();
        assertThat(recorder.delivered()).isEqualTo(20);
    }

    @Test
    void closeFlushesWhatIsLeftAndLaterEventsCountAsDropped() {
        List<MetricEvent> stored = new ArrayList<>();
        MetricRecorder recorder = new MetricRecorder(stored::addAll, 100, Duration.ofHours(1), 1000);
        recorder.record(event(1));
        recorder.record(event(2));
        recorder.close();
        assertThat(stored).containsExactly(event(1), event(2));
        recorder.record(event(3));
        assertThat(recorder.dropped()).isEqualTo(1);
    }

    @Test
    void aSinkFailingOneWriteInTwentyLosesNothing() {
        AtomicInteger writes = new AtomicInteger();
        Set<String> stored = ConcurrentHashMap.newKeySet();
        EventSink flaky = batch -> {
            if (writes.incrementAndGet() % 20 == 0) {
                throw new IOException("connection reset");
            }
            batch.forEach(e -> stored.add(e.unitId()));
        };
        // the README's batch size; the bound holds the whole run, so only the failures could lose events
        MetricRecorder recorder = new MetricRecorder(flaky, 100, Duration.ofHours(1), 40_000);
        for (int i = 0; i < 40_000; i++) {
            recorder.record(event(i));
        }
        recorder.close();

        assertThat(writes.get()).as("some writes failed").isGreaterThan(20);
        assertThat(recorder.dropped()).isZero();
        assertThat(recorder.delivered()).isEqualTo(40_000);
        assertThat(stored).hasSize(40_000);
    }

    @Test
    void aBacklogLeftByAFailedWriteIsRetriedWithoutWaitingForTheTimer() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        EventSink failsFirst = batch -> {
            if (writes.incrementAndGet() == 1) {
                throw new IOException("connection reset");
            }
            stored.addAll(batch);
        };
        try (MetricRecorder recorder = new MetricRecorder(failsFirst, 10, Duration.ofHours(1), 1000)) {
            // the failed batch goes back to the queue, which then only ever passes the batch size
            for (int i = 0; i < 35; i++) {
                recorder.record(event(i));
            }
            await(() -> recorder.pending() < 10);
            assertThat(writes.get()).isGreaterThan(1);
            assertThat(stored).hasSize(35 - recorder.pending());
        }
    }

    @Test
    void aSinkDownForAWhileLosesOnlyWhatExceedsTheBound() {
        AtomicBoolean down = new AtomicBoolean(true);
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        EventSink outage = batch -> {
            if (down.get()) {
                throw new IOException("database unavailable");
            }
            stored.addAll(batch);
        };
        MetricRecorder recorder = new MetricRecorder(outage, 100, Duration.ofSeconds(5), 10_000);
        for (int i = 0; i < 30_000; i++) {
            recorder.record(event(i));
        }
        recorder.flush();
        assertThat(recorder.counts()).isEqualTo(new RecorderCounts(30_000, 0, 20_000, 10_000));

        down.set(false);
        RecorderCounts counts = recorder.close(Duration.ofSeconds(30));
        assertThat(counts).isEqualTo(new RecorderCounts(30_000, 10_000, 20_000, 0));
        assertThat(stored).extracting(MetricEvent::unitId).containsExactlyElementsOf(
                IntStream.range(20_000, 30_000).mapToObj(i -> "user-" + i).toList());
    }

    @Test
    void closeReturnsByItsDeadlineWhenTheSinkNeverAnswers() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<MetricEvent> stored = new CopyOnWriteArrayList<>();
        EventSink hanging = batch -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
            stored.addAll(batch);
        };
        MetricRecorder recorder = new MetricRecorder(hanging, 10, Duration.ofHours(1), 1000);
        for (int i = 0; i < 25; i++) {
            recorder.record(event(i));
        }
        RecorderCounts atClose = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> recorder.close(Duration.ofMillis(300)));

        // the batch in the sink's hands is neither delivered nor dropped yet; everything else is dropped
        assertThat(atClose.recorded()).isEqualTo(25);
        assertThat(atClose.delivered()).isZero();
        assertThat(atClose.pending()).isEqualTo(10);
        assertThat(atClose.dropped()).isEqualTo(15);
        never.countDown();
        await(() -> recorder.pending() == 0);
        assertThat(recorder.delivered() + recorder.dropped()).isEqualTo(25);
    }

    @Test
    void recordingWhileCloseRunsNeverThrowsAndLeavesNothingPending() throws Exception {
        for (int round = 0; round < 30; round++) {
            List<MetricEvent> stored = new CopyOnWriteArrayList<>();
            MetricRecorder recorder = new MetricRecorder(stored::addAll, 10, Duration.ofMillis(20), 1000);
            AtomicLong handed = new AtomicLong();
            List<Throwable> thrown = new CopyOnWriteArrayList<>();
            CountDownLatch started = new CountDownLatch(4);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Thread recording = new Thread(() -> {
                    started.countDown();
                    for (int i = 0; i < 2_000; i++) {
                        try {
                            recorder.record(event(thread * 10_000 + i));
                            handed.incrementAndGet();
                        } catch (Throwable e) {
                            thrown.add(e);
                        }
                    }
                });
                recording.start();
                threads.add(recording);
            }
            started.await();
            recorder.close();
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(thrown).as("round " + round).isEmpty();
            assertThat(recorder.pending()).as("round " + round).isZero();
            assertThat(recorder.delivered() + recorder.dropped()).as("round " + round).isEqualTo(handed.get());
            assertThat(stored).as("round " + round).hasSize((int) recorder.delivered());
        }
    }

    @Test
    void theJsonLinesSinkRoundTripsEveryKindOfEvent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        JsonLinesSink sink = new JsonLinesSink(file);
        List<MetricEvent> events = List.of(
                new MetricEvent.Assigned("exp", 2, "control", "user-1", T),
                new MetricEvent.Observed("exp", 2, "control", "user-1", T.plusMillis(5),
                        new Outcome(OptionalDouble.of(812.5), false, OptionalDouble.of(4), OptionalDouble.of(0.0042), Optional.of(true))),
                new MetricEvent.Observed("exp", 2, "treatment", "用户-2", T.plusMillis(9), Outcome.failed(30_000)));
        sink.write(events.subList(0, 2));
        sink.write(events.subList(2, 3));

        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(JsonLinesSink.read(file)).isEqualTo(events);
    }

    @Test
    void aBadEventLineIsReportedWithFileLineAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, """
                {"type":"assigned","experimentId":"exp","phase":1,"variantId":"control","unitId":"u","timestamp":"2026-02-03T10:00:00Z"}

                {"type":"observed","experimentId":"exp","phase":1,"variantId":"control","unitId":"u","timestamp":"2026-02-03T10:00:00Z","latencyMillis":-4}
                """);
        assertThatThrownBy(() -> JsonLinesSink.read(file))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(file + " line 3: field 'latencyMillis' must be a finite number >= 0, was -4.0");
    }

    @Test
    void anUnknownFieldInAnEventLineIsReportedWithFileLineColumnAndName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, """
                {"type":"observed","experimentId":"exp","phase":1,"variantId":"control","unitId":"u","timestamp":"2026-02-03T10:00:00Z","latency":4}
                """);
        assertThatThrownBy(() -> JsonLinesSink.read(file))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(file + " line 1: field 'latency' is not a known field here (column ");
        Files.writeString(file, """
                {"type":"assigned","experimentId":"exp","phase":1,"variantId":"control","unitId":"u","timestamp":"2026-02-03T10:00:00Z","rating":4}
                """);
        assertThatThrownBy(() -> JsonLinesSink.read(file))
                .hasMessage(file + " line 1: field 'rating' is not a known field of an \"assigned\" event");
    }
}
