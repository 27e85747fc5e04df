package dev.evalunit.web.postgres;

import dev.evalunit.bucketing.metrics.EventSink;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.Outcome;
import org.apiguardian.api.API;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Writes batches of events to PostgreSQL with one {@code COPY ... FROM STDIN} per batch (atomic: the batch is
 * stored whole or not at all), creating each UTC day's partition of {@code evalunit_events} before the first
 * batch of that day. On any failure it drops the connection and throws, so the {@code MetricRecorder}
 * re-queues the batch and the next delivery reconnects: a database restart delays events but loses none
 * while they fit in the recorder's buffer.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PostgresEventSink implements EventSink, AutoCloseable {

    private static final String COPY = "COPY evalunit_events (experiment_id, phase, variant_id, unit_id, kind, at, "
            + "latency_ms, error, rating, cost_usd, success) FROM STDIN (FORMAT csv)";
    private static final DateTimeFormatter PARTITION = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PostgresConnection connection;
    private final Set<LocalDate> partitions = new HashSet<>();

    /** @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/app?user=app&password=...} */
    public PostgresEventSink(String jdbcUrl) {
        this.connection = new PostgresConnection(jdbcUrl);
    }

    @Override
    public synchronized void write(List<MetricEvent> batch) throws IOException {
        StringBuilder csv = new StringBuilder(batch.size() * 96);
        Set<LocalDate> days = new TreeSet<>();
        for (MetricEvent event : batch) {
            row(csv, event);
            days.add(LocalDate.ofInstant(event.timestamp(), ZoneOffset.UTC));
        }
        try {
            Connection open = connection.get();
            for (LocalDate day : days) {
                if (!partitions.contains(day)) {
                    createPartition(open, day);
                    partitions.add(day);
                }
            }
            open.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (SQLException | IOException | RuntimeException e) {
            connection.discard();
            throw new IOException("PostgreSQL refused a batch of " + batch.size() + " events: " + e.getMessage(), e);
        }
    }

    private static void createPartition(Connection open, LocalDate day) throws SQLException {
        try (Statement statement = open.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS evalunit_events_" + PARTITION.format(day)
                    + " PARTITION OF evalunit_events FOR VALUES FROM ('" + day + " 00:00:00+00') TO ('"
                    + day.plusDays(1) + " 00:00:00+00')");
        } catch (SQLException e) {
            // another instance created it between our check and our statement
            if (!"42P07".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void row(StringBuilder csv, MetricEvent event) {
        text(csv, event.experimentId());
        csv.append(',').append(event.phase()).append(',');
        text(csv, event.variantId());
        csv.append(',');
        text(csv, event.unitId());
        csv.append(',').append(event instanceof MetricEvent.Observed ? 1 : 0).append(',').append(event.timestamp());
        if (event instanceof MetricEvent.Observed observed) {
            Outcome outcome = observed.outcome();
            csv.append(',');
            outcome.latencyMillis().ifPresent(csv::append);
            csv.append(',').append(outcome.error()).append(',');
            outcome.rating().ifPresent(csv::append);
            csv.append(',');
            outcome.costUsd().ifPresent(csv::append);
            csv.append(',');
            outcome.success().ifPresent(csv::append);
        } else {
            csv.append(",,,,,");
        }
        csv.append('\n');
    }

    /** A quoted CSV field: an empty unquoted field would mean NULL. */
    private static void text(StringBuilder csv, String value) {
        csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    @Override
    public void close() {
        connection.close();
    }
}
