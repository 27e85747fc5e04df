package dev.evalunit.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven over the DevTools protocol (JSON over a WebSocket, JDK client only): opens
 * a page and evaluates JavaScript in it, so a test can read the DOM and click buttons.
 */
public final class DevToolsChromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

    private DevToolsChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium on {@code url} and connects to the page. */
    public static DevToolsChromium open(URI url) throws Exception {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is not installed at " + EXECUTABLE
                + "; install Debian's 'chromium' package, as .ci/run does");
        Path profile = Files.createTempDirectory("evalunit-chromium");
        Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, url.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String endpoint = devToolsEndpoint(process);
        HttpClient http = HttpClient.newHttpClient();
        URI list = URI.create("http://" + URI.create(endpoint).getAuthority() + "/json/list");
        String page = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (page == null && System.nanoTime() < deadline) {
            for (JsonNode target : JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body())) {
                if (target.path("type").asText().equals("page")) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            Thread.sleep(50);
        }
        if (page == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium opened no page for " + url);
        }
        DevToolsChromium[] self = new DevToolsChromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    self[0].receive(text.toString());
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new DevToolsChromium(process, profile, socket);
        return self[0];
    }

    private static String devToolsEndpoint(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                Thread drain = new Thread(() -> err.lines().forEach(ignored -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at).strip();
            }
        }
        throw new IllegalStateException("Chromium exited before it opened the DevTools endpoint");
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> reply = replies.remove(node.get("id").asInt());
                if (reply != null) {
                    reply.complete(node);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Chromium sent invalid JSON: " + message, e);
        }
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and returns its JSON value. */
    public JsonNode evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
        command.putObject("params").put("expression", expression).put("returnByValue", true).put("awaitPromise", true);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(JSON.writeValueAsString(command), true).get(10, TimeUnit.SECONDS);
        JsonNode result = reply.get(30, TimeUnit.SECONDS);
        if (result.has("error") || result.path("result").has("exceptionDetails")) {
            throw new IllegalStateException("evaluating " + expression + " failed: " + result);
        }
        return result.path("result").path("result").path("value");
    }

    /** Evaluates {@code expression} until {@code done} accepts its value, for at most {@code timeout}. */
    public JsonNode await(String expression, Predicate<JsonNode> done, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode value = evaluate(expression);
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(expression + " was still " + value + " after " + timeout);
            }
            Thread.sleep(50);
            value = evaluate(expression);
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        // Chromium's helpers (renderer, GPU, crash handler) keep writing into the profile after the browser
        // process exits: stop the whole tree before the profile is deleted.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            for (ProcessHandle handle : tree) {
                try {
                    handle.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    handle.destroyForcibly();
                    handle.onExit().get(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Chromium did not stop", e);
        }
        LocalProcess.delete(profile);
    }
}
