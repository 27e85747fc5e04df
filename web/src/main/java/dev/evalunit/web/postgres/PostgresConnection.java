package dev.evalunit.web.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * One JDBC connection opened on first use and reopened after a failure, with the schema created on the first
 * connection. The JDBC URL may carry credentials, so it never appears in messages.
 */
final class PostgresConnection implements AutoCloseable {

    private final String url;
    private Connection connection;
    private boolean schemaReady;

    PostgresConnection(String url) {
        this.url = Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the PostgreSQL URL must start with 'jdbc:postgresql:'");
        }
    }

    /** The open connection, opening it (and creating the schema) when needed. */
    synchronized Connection get() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url);
            connection.setAutoCommit(true);
            if (!schemaReady) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(resource("schema.sql"));
                }
                schemaReady = true;
            }
        }
        return connection;
    }

    /** Drops the connection after a failure; the next {@link #get()} reconnects. */
    synchronized void discard() {
        close();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is being thrown away because it failed
            }
            connection = null;
        }
    }

    static String resource(String name) {
        try (InputStream in = PostgresConnection.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name + " is missing from the jar").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + " from the jar", e);
        }
    }
}
