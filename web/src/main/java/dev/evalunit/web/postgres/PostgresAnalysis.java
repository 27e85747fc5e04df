package dev.evalunit.web.postgres;

import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.web.analysis.ExperimentTotals;
import dev.evalunit.web.analysis.MetricTotals;
import dev.evalunit.web.analysis.TotalsSource;
import org.apiguardian.api.API;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The analysis's totals computed by PostgreSQL with the two queries of {@code analysis.sql}: the database
 * reads the events and returns a few rows per variant, whatever the event count.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PostgresAnalysis implements TotalsSource, AutoCloseable {

    private static final String[] QUERIES = PostgresConnection.resource("analysis.sql").split(";\\s*\\n");

    private final PostgresConnection connection;

    /** @param jdbcUrl the same database the {@link PostgresEventSink} writes to */
    public PostgresAnalysis(String jdbcUrl) {
        this.connection = new PostgresConnection(jdbcUrl);
    }

    @Override
    public synchronized ExperimentTotals totals(String experimentId, int phase) {
        try {
            Map<String, Map<OnlineMetric, MetricTotals>> metrics = new HashMap<>();
            try (PreparedStatement statement = prepare(QUERIES[0], experimentId, phase);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    metrics.computeIfAbsent(rows.getString("variant_id"), v -> new EnumMap<>(OnlineMetric.class))
                            .put(OnlineMetric.valueOf(rows.getString("metric")), new MetricTotals(rows.getLong("units"),
                                    rows.getDouble("sum_y"), rows.getDouble("sum_n"), rows.getDouble("sum_yy"),
                                    rows.getDouble("sum_nn"), rows.getDouble("sum_yn")));
                }
            }
            Map<String, Long> assigned = new HashMap<>();
            try (PreparedStatement statement = prepare(QUERIES[1], experimentId, phase);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    assigned.put(rows.getString("variant_id"), rows.getLong("units"));
                }
            }
            return new ExperimentTotals(experimentId, phase, assigned, metrics);
        } catch (SQLException e) {
            connection.discard();
            throw new IllegalStateException("PostgreSQL could not sum the events of experiment '" + experimentId
                    + "' phase " + phase + ": " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, String experimentId, int phase) throws SQLException {
        PreparedStatement statement = connection.get().prepareStatement(sql);
        statement.setString(1, experimentId);
        statement.setInt(2, phase);
        return statement;
    }

    @Override
    public void close() {
        connection.close();
    }
}
