package dev.evalunit.engine.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.evalunit.engine.testing.WireFormats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions endpoint on 127.0.0.1 that answers every request after a fixed
 * latency, optionally enforcing a requests-per-minute limit the way providers do (a token bucket holding two
 * requests, refilled at the limit's rate; an empty bucket answers 429). It counts what it served and stops
 * by itself after {@code lifetime} even if nobody closes it.
 */
final class LocalEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-endpoint-reaper");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration latency;
    private final OptionalDouble requestsPerMinute;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final List<Long> acceptedAt = new CopyOnWriteArrayList<>();
    private double tokens = 2;
    private long refilledAt = System.nanoTime();

    LocalEndpoint(Duration latency, OptionalDouble requestsPerMinute, int maxConnections, Duration lifetime)
            throws IOException {
        this.latency = latency;
        this.requestsPerMinute = requestsPerMinute;
        this.workers = Executors.newFixedThreadPool(maxConnections);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(workers);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
        reaper.schedule(this::close, lifetime.toMillis(), TimeUnit.MILLISECONDS);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int served() {
        return served.get();
    }

    int rejected() {
        return rejected.get();
    }

    /** Accepted requests per second between the first and the last accepted request. */
    double acceptedRatePerSecond() {
        List<Long> times = acceptedAt.stream().sorted().toList();
        return times.size() < 2 ? 0 : (times.size() - 1) / ((times.get(times.size() - 1) - times.get(0)) / 1e9);
    }

    void resetCounts() {
        served.set(0);
        rejected.set(0);
        acceptedAt.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String request = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (!admit()) {
                rejected.incrementAndGet();
                respond(exchange, 429, "application/json",
                        "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}");
                return;
            }
            acceptedAt.add(System.nanoTime());
            Thread.sleep(latency.toMillis());
            served.incrementAndGet();
            if (request.contains("\"stream\":true") || request.contains("\"stream\" : true")) {
                respond(exchange, 200, WireFormats.SSE, WireFormats.openAiStream("Hello", " there"));
            } else {
                respond(exchange, 200, "application/json", WireFormats.openAi("Hello there"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        reaper.shutdownNow();
    }
}
