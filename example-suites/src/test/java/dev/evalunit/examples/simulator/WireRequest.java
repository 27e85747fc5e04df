package dev.evalunit.examples.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A chat request as it arrived on the wire, in either protocol.
 *
 * @param protocol    which API was called
 * @param model       the requested model name
 * @param temperature the sampling temperature (1 when the request leaves it to the provider, as both APIs do)
 * @param maxTokens   the output token limit, when set
 * @param stream      whether server-sent events were asked for
 * @param system      the system prompt ("" when none)
 * @param user        the user turns, joined by blank lines
 * @param canonical   everything that determines the answer, in a fixed form (the basis of its seed)
 */
record WireRequest(Protocol protocol, String model, double temperature, OptionalInt maxTokens, boolean stream,
                   String system, String user, String canonical) {

    /** The two wire formats the simulator speaks. */
    enum Protocol { OPENAI, ANTHROPIC }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** All the text the model reads, for counting input tokens. */
    String prompt() {
        return system + "\n" + user;
    }

    /**
     * Reads an OpenAI chat-completions or Anthropic messages request body.
     *
     * @throws IllegalArgumentException saying what is missing, for a 400 answer
     */
    static WireRequest parse(Protocol protocol, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("request body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("model").isTextual() || !root.path("messages").isArray()) {
            throw new IllegalArgumentException("request body needs a 'model' string and a 'messages' array");
        }
        StringBuilder system = new StringBuilder(protocol == Protocol.ANTHROPIC ? text(root.path("system")) : "");
        List<String> users = new ArrayList<>();
        for (JsonNode message : root.path("messages")) {
            String role = message.path("role").asText();
            String content = text(message.path("content"));
            if (role.equals("system") || role.equals("developer")) {
                system.append(system.isEmpty() ? "" : "\n").append(content);
            } else if (role.equals("user")) {
                users.add(content);
            }
        }
        JsonNode limit = root.has("max_completion_tokens") ? root.get("max_completion_tokens") : root.get("max_tokens");
        OptionalInt maxTokens = limit != null && limit.canConvertToInt() ? OptionalInt.of(limit.asInt()) : OptionalInt.empty();
        double temperature = root.path("temperature").isNumber() ? root.get("temperature").asDouble() : 1.0;
        String model = root.get("model").asText();
        String user = String.join("\n\n", users);
        String canonical = protocol + "\u0000" + model + "\u0000" + temperature + "\u0000" + maxTokens + "\u0000"
                + system + "\u0000" + root.path("messages");
        return new WireRequest(protocol, model, temperature, maxTokens, root.path("stream").asBoolean(false),
                system.toString(), user, canonical);
    }

    /** A content field: a string, or an array of parts whose text parts are joined. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.get("text").asText());
            }
        }
        return text.toString();
    }
}
