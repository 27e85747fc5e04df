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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                java.util.stream.IntStream.range(30, 50).mapToObj(i -> "user-" + i).toList());
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
}
