package dev.evalunit.engine.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions endpoint on 127.0.0.1 that answers every request after a fixed
 * latency, optionally enforcing a requests-per-minute limit the way providers do (a token bucket holding two
 * requests, refilled at the limit's rate; an empty bucket answers 429), and optionally injecting a
 * {@link Fault} into a share of the requests (chosen by a seeded random, so runs repeat). It counts what it
 * received and served and stops by itself after {@code lifetime} even if nobody closes it. A request other than a
 * {@code POST} is not a model call: it is answered 404 after the same latency, and only {@link #requests()} lists it.
 *
 * <p>A minimal HTTP/1.1 keep-alive server, one thread per connection: the JDK's {@code HttpServer} tops out
 * near 400 requests/s on two cores, which would measure the endpoint, not the scheduler. Connections idle for
 * {@link #IDLE} are closed, so clients that went away (each benchmark iteration builds a new one) do not
 * keep threads.
 */
public final class LocalEndpoint implements AutoCloseable {

    /** What an injected fault looks like on the wire. */
    public enum Fault {
        RATE_LIMITED_RETRY_AFTER, RATE_LIMITED, SERVER_ERROR_500, UNAVAILABLE_503, HANG, RESET, MALFORMED_JSON
    }


    private final ServerSocket listener;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-endpoint-reaper");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration latency;
    private final OptionalDouble requestsPerMinute;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger reusedResets = new AtomicInteger();
    private final double faultRate;
    private final Duration hang;
    private final Random random;
    private final List<Long> acceptedAt = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionsAccepted = new AtomicInteger();
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();
    private double tokens = 2;
    private long refilledAt = System.nanoTime();

    static final Duration IDLE = Duration.ofSeconds(5);

    public LocalEndpoint(Duration latency, OptionalDouble requestsPerMinute, Duration lifetime) throws IOException {
        this(latency, requestsPerMinute, lifetime, 0, Duration.ZERO, 0);
    }

    /**
     * @param faultRate share of requests answered with a fault, each of the {@link Fault}s equally likely
     * @param hang      how long a hanging request is held before its connection is closed unanswered
     * @param seed      seed of the fault choice
     */
    public LocalEndpoint(Duration latency, OptionalDouble requestsPerMinute, Duration lifetime, double faultRate,
                         Duration hang, long seed) throws IOException {
        this.latency = latency;
        this.requestsPerMinute = requestsPerMinute;
        this.faultRate = faultRate;
        this.hang = hang;
        this.random = new Random(seed);
        this.listener = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        this.connections = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "local-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        connections.execute(this::accept);
        reaper.schedule(this::close, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/v1";
    }

    public int served() {
        return served.get();
    }

    /** Requests received, faults included. */
    public int received() {
        return received.get();
    }

    /**
     * Connections reset after their first request. The JDK's HTTP client re-sends a request once, by itself, when
     * a connection it reused fails before any answer, so each of these may add one request no caller made.
     */
    public int resetsOfReusedConnections() {
        return reusedResets.get();
    }

    /** Connections accepted since the start or the last {@link #resetCounts()}. */
    public int connections() {
        return connectionsAccepted.get();
    }

    /** Every request since the start or the last {@link #resetCounts()}, in the order they were read. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A request as it came in: its method, its path and the number of its connection (1 for the first accepted). */
    public record Request(String method, String path, int connection) {
    }

    public int rejected() {
        return rejected.get();
    }

    /** Accepted requests per second between the first and the last accepted request. */
    public double acceptedRatePerSecond() {
        List<Long> times = acceptedAt.stream().sorted().toList();
        return times.size() < 2 ? 0 : (times.size() - 1) / ((times.get(times.size() - 1) - times.get(0)) / 1e9);
    }

    public void resetCounts() {
        received.set(0);
        reusedResets.set(0);
        served.set(0);
        rejected.set(0);
        acceptedAt.clear();
        connectionsAccepted.set(0);
        requests.clear();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout((int) IDLE.toMillis());
                open.add(socket);
                int connection = connectionsAccepted.incrementAndGet();
                connections.execute(() -> serve(socket, connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            String[] request;
            boolean reused = false;
            while ((request = readRequest(in)) != null) {
                String[] line = request[0].split(" ");
                requests.add(new Request(line[0], line.length > 1 ? line[1] : "", connection));
                if (!line[0].equals("POST")) {
                    Thread.sleep(latency.toMillis());
                    out.write(response(404, "application/json", "{\"error\":{\"message\":\"not found\"}}"));
                    out.flush();
                    continue;
                }
                String body = request[1];
                received.incrementAndGet();
                Optional<Fault> fault = fault();
                if (fault.isPresent() && fault.get() == Fault.RESET) {
                    if (reused) {
                        reusedResets.incrementAndGet();
                    }
                    socket.setSoLinger(true, 0);
                    return;
                }
                reused = true;
                if (fault.isPresent() && fault.get() == Fault.HANG) {
                    Thread.sleep(hang.toMillis());
                    return;
                }
                out.write(fault.isPresent() ? faultAnswer(fault.get()) : answer(body));
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // the client closed or left the connection idle, or the endpoint is stopping
        } finally {
            open.remove(socket);
        }
    }

    /** The request line and the body, or null at the end of the connection. */
    private static String[] readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String line;
        int length = 0;
        while (!(line = readLine(in)).isEmpty()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).trim());
            }
        }
        return new String[] {requestLine, new String(in.readNBytes(length), StandardCharsets.UTF_8)};
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] answer(String request) throws InterruptedException {
        if (!admit()) {
            rejected.incrementAndGet();
            return response(429, "application/json",
                    "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}");
        }
        acceptedAt.add(System.nanoTime());
        Thread.sleep(latency.toMillis());
        served.incrementAndGet();
        return request.replace(" ", "").contains("\"stream\":true")
                ? response(200, WireFormats.SSE, WireFormats.openAiStream("Hello", " there"))
                : response(200, "application/json", WireFormats.openAi("Hello there"));
    }

    private synchronized Optional<Fault> fault() {
        return random.nextDouble() < faultRate
                ? Optional.of(Fault.values()[random.nextInt(Fault.values().length)]) : Optional.empty();
    }

    private static byte[] faultAnswer(Fault fault) {
        return switch (fault) {
            case RATE_LIMITED_RETRY_AFTER -> response(429, "application/json\r\nRetry-After: 0.05",
                    "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}");
            case RATE_LIMITED -> response(429, "application/json",
                    "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}");
            case SERVER_ERROR_500 -> response(500, "application/json",
                    "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");
            case UNAVAILABLE_503 -> response(503, "text/plain", "Service Unavailable");
            case MALFORMED_JSON -> response(200, "application/json", "{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":");
            case HANG, RESET -> throw new IllegalArgumentException(fault + " has no answer");
        };
    }

    private synchronized boolean admit() {
        if (requestsPerMinute.isEmpty()) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(2, tokens + (now - refilledAt) * requestsPerMinute.getAsDouble() / 60e9);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private static byte[] response(int status, String type, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Failed") + "\r\n"
                + "Content-Type: " + type + "\r\nContent-Length: " + content.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
        connections.shutdownNow();
        reaper.shutdownNow();
    }
}
