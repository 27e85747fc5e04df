package dev.evalunit.web.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real PostgreSQL cluster (the newest version installed under {@code /usr/lib/postgresql}) in a temporary directory, listening on 127.0.0.1 and a free port, with trust
 * authentication for the user {@code evalunit}. PostgreSQL refuses to run as root, so when the tests run as
 * root (as on CI) the cluster is owned by and run as the {@code postgres} user through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Creates the cluster and starts it. */
    public static PostgresServer start() throws IOException, InterruptedException {
        Optional<Path> bin = newestInstall();
        assumeTrue(bin.isPresent(), "PostgreSQL is not installed in " + INSTALLS
                + "; install Debian's 'postgresql' package, as .ci/run does");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("evalunit-postgres");
        PostgresServer server = new PostgresServer(bin.get(), dir, LocalProcess.freePort(), root);
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
        command.add(bin.resolve(name).toString());
        command.addAll(List.of(args));
        LocalProcess.run(command, dir.resolve("tools.log"));
    }

    private static Optional<Path> newestInstall() throws IOException {
        if (!Files.isDirectory(INSTALLS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLS)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stopServer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        } finally {
            LocalProcess.delete(dir);
        }
    }
}
