package dev.evalunit.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A real redis-server on 127.0.0.1 and a free port, with no persistence, in a temporary directory. */
public final class RedisServer implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of("/usr/bin/redis-server");

    private final Process process;
    private final int port;
    private final Path dir;

    private RedisServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Starts one and waits until it answers PING. */
    public static RedisServer start() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(EXECUTABLE), "redis-server is not installed at " + EXECUTABLE
                + "; install Debian's 'redis-server' package, as .ci/run does");
        Path dir = Files.createTempDirectory("evalunit-redis");
        int port = LocalProcess.freePort();
        Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--port", String.valueOf(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        RedisServer server = new RedisServer(process, port, dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!server.answersPing()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                server.close();
                throw new IllegalStateException("redis-server did not start: "
                        + Files.readString(dir.resolve("redis.log"), StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
        return server;
    }

    /** {@code redis://127.0.0.1:<port>} */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LocalProcess.delete(dir);
    }
}
