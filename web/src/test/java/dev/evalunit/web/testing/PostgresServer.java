package dev.evalunit.web.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real PostgreSQL 15 cluster in a temporary directory, listening on 127.0.0.1 and a free port, with trust
 * authentication for the user {@code evalunit}. PostgreSQL refuses to run as root, so when the tests run as
 * root (as on CI) the cluster is owned by and run as the {@code postgres} user through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path dir, int port, boolean asPostgres) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Creates the cluster and starts it. */
    public static PostgresServer start() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BIN.resolve("initdb")), "PostgreSQL 15 is not installed in " + BIN
                + "; install Debian's 'postgresql' package, as .ci/run does");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("evalunit-postgres");
        PostgresServer server = new PostgresServer(dir, LocalProcess.freePort(), root);
        if (root) {
            LocalProcess.run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir.resolve("setup.log"));
        }
        server.tool("initdb", "-D", server.data.toString(), "-U", "evalunit", "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync");
        server.startServer();
        return server;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres?user=evalunit} */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=evalunit";
    }

    /** Stops the server (fast shutdown: open connections are cut) and starts it again on the same port. */
    public void restart() throws IOException, InterruptedException {
        stopServer();
        startServer();
    }

    public void stopServer() throws IOException, InterruptedException {
        tool("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    public void startServer() throws IOException, InterruptedException {
        tool("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    private void tool(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(name).toString());
        command.addAll(List.of(args));
        LocalProcess.run(command, dir.resolve("tools.log"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } finally {
            LocalProcess.delete(dir);
        }
    }
}
