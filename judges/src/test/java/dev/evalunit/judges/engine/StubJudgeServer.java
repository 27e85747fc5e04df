package dev.evalunit.judges.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An OpenAI-compatible judge on 127.0.0.1 (a free port): {@code POST /v1/chat/completions} answers in the
 * documented non-streamed {@code chat.completion} format, with the reply a function of the request's last
 * user message and a fixed token usage per call, so the run's judge tokens and cost are known exactly.
 */
final class StubJudgeServer implements AutoCloseable {

    /** Prompt tokens every answer reports. */
    static final int PROMPT_TOKENS = 1_000;
    /** Completion tokens every answer reports. */
    static final int COMPLETION_TOKENS = 40;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicInteger calls = new AtomicInteger();
    private final Function<String, String> reply;

    /** @param reply the judge's reply text to a prompt (the last user message) */
    StubJudgeServer(Function<String, String> reply) throws IOException {
        this.reply = reply;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    /** The base URL to configure as the provider's {@code base-url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Calls answered so far. */
    int calls() {
        return calls.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode request = mapper.readTree(exchange.getRequestBody());
        JsonNode messages = request.get("messages");
        String prompt = messages.get(messages.size() - 1).get("content").asText();
        calls.incrementAndGet();
        ObjectNode body = mapper.createObjectNode();
        body.put("id", "chatcmpl-" + calls.get());
        body.put("object", "chat.completion");
        body.put("created", 1_700_000_000L);
        body.put("model", request.get("model").asText());
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", reply.apply(prompt));
        choice.put("finish_reason", "stop");
        body.putObject("usage").put("prompt_tokens", PROMPT_TOKENS).put("completion_tokens", COMPLETION_TOKENS)
                .put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS);
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
