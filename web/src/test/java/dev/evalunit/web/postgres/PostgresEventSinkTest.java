package dev.evalunit.web.postgres;

import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.web.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The sink against a real PostgreSQL: day partitions, exact values, and a restart in the middle of a load. */
class PostgresEventSinkTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @Test
    void storesEveryFieldInTheDaysPartitionQuotingTextSafely() throws Exception {
        Instant day1 = Instant.parse("2026-03-01T23:59:59.123Z");
        Instant day2 = Instant.parse("2026-03-02T00:00:00Z");
        List<MetricEvent> batch = List.of(
                new MetricEvent.Assigned("fields", 2, "control", "unit \"a\", with comma", day1),
                new MetricEvent.Observed("fields", 2, "treatment", "", day2, new Outcome(OptionalDouble.of(12.5), true,
                        OptionalDouble.of(4), OptionalDouble.empty(), Optional.of(false))));
        try (PostgresEventSink sink = new PostgresEventSink(POSTGRES.server().jdbcUrl());
             Connection connection = DriverManager.getConnection(POSTGRES.server().jdbcUrl());
             Statement statement = connection.createStatement()) {
            sink.write(batch);
            try (ResultSet rows = statement.executeQuery("SELECT tableoid::regclass AS part, variant_id, unit_id, kind, "
                    + "latency_ms, error, rating, cost_usd, success FROM evalunit_events WHERE experiment_id = 'fields' "
                    + "ORDER BY at")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("part")).isEqualTo("evalunit_events_20260301");
                assertThat(rows.getString("unit_id")).isEqualTo("unit \"a\", with comma");
                assertThat(rows.getInt("kind")).isZero();
                assertThat(rows.getObject("latency_ms")).isNull();
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("part")).isEqualTo("evalunit_events_20260302");
                assertThat(rows.getString("unit_id")).isEmpty();
                assertThat(rows.getDouble("latency_ms")).isEqualTo(12.5);
                assertThat(rows.getBoolean("error")).isTrue();
                assertThat(rows.getDouble("rating")).isEqualTo(4.0);
                assertThat(rows.getObject("cost_usd")).isNull();
                assertThat(rows.getObject("success")).isEqualTo(false);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void aRestartInTheMiddleOfALoadLosesNoEvent() throws Exception {
        int total = 20_000;
        MetricRecorder recorder;
        try (PostgresEventSink sink = new PostgresEventSink(POSTGRES.server().jdbcUrl())) {
            recorder = new MetricRecorder(sink, 500, Duration.ofMillis(50), 100_000);
            Thread load = new Thread(() -> {
                Instant start = Instant.parse("2026-04-01T00:00:00Z");
                for (int i = 0; i < total; i++) {
                    recorder.record(new MetricEvent.Observed("restart", 1, i % 2 == 0 ? "control" : "treatment",
                            "u" + (i % 997), start.plusMillis(i), Outcome.served(100 + i % 50, 0.001)));
                    if (i % 200 == 0) {
                        sleep(20);
                    }
                }
            });
            load.start();
            while (recorder.delivered() < total / 4) {
                Thread.sleep(5);
            }
            POSTGRES.server().stopServer();
            assertThat(load.isAlive()).as("the load is still running when the server goes down").isTrue();
            long deliveredWhileDown = recorder.delivered();
            Thread.sleep(500);
            assertThat(recorder.delivered()).as("nothing is delivered while the server is down")
                    .isEqualTo(deliveredWhileDown);
            POSTGRES.server().startServer();
            load.join();
            recorder.close();
        }
        assertThat(recorder.dropped()).isZero();
        assertThat(recorder.delivered()).isEqualTo(total);
        try (Connection connection = DriverManager.getConnection(POSTGRES.server().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT at) FROM evalunit_events "
                     + "WHERE experiment_id = 'restart'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(total);
            assertThat(rows.getLong(2)).as("each event once").isEqualTo(total);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
