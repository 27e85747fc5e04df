package dev.evalunit.examples.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Bodies in the providers' documented wire formats: OpenAI chat completions and Anthropic messages, as one JSON
 * object or as server-sent events, and their error bodies. The {@code model} field names the requested model with
 * a {@code (simulated)} suffix, so nobody mistakes a simulated answer for a real one.
 */
final class WireResponses {

    static final String JSON_TYPE = "application/json";
    static final String SSE_TYPE = "text/event-stream";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORDS_PER_CHUNK = 4;

    private WireResponses() {
    }

    /**
     * A finished answer.
     *
     * @param text         the output text
     * @param inputTokens  prompt tokens
     * @param outputTokens completion tokens
     * @param truncated    whether the output stopped at the token limit
     */
    record Answer(String text, int inputTokens, int outputTokens, boolean truncated) {
    }

    static String label(String model) {
        return model + " (simulated)";
    }

    static String openAi(WireRequest request, Answer answer, String id) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-sim-" + id).put("object", "chat.completion")
                .put("created", 1_767_225_600L).put("model", label(request.model()))
                .put("system_fingerprint", "evalunit-simulator");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", answer.text()).putNull("refusal");
        choice.putNull("logprobs").put("finish_reason", answer.truncated() ? "length" : "stop");
        usage(root.putObject("usage"), answer);
        return write(root);
    }

    static String openAiStream(WireRequest request, Answer answer, String id) {
        StringBuilder events = new StringBuilder();
        List<String> pieces = pieces(answer.text());
        pieces.add(0, "");
        for (int i = 0; i <= pieces.size(); i++) {
            ObjectNode chunk = openAiChunk(request, id);
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            ObjectNode delta = choice.putObject("delta");
            if (i == 0) {
                delta.put("role", "assistant");
            }
            if (i < pieces.size()) {
                delta.put("content", pieces.get(i));
                choice.putNull("finish_reason");
            } else {
                choice.put("finish_reason", answer.truncated() ? "length" : "stop");
            }
            chunk.putNull("usage");
            events.append("data: ").append(write(chunk)).append("\n\n");
        }
        ObjectNode last = openAiChunk(request, id);
        last.putArray("choices");
        usage(last.putObject("usage"), answer);
        return events.append("data: ").append(write(last)).append("\n\ndata: [DONE]\n\n").toString();
    }

    static String anthropic(WireRequest request, Answer answer, String id) {
        ObjectNode root = JSON.createObjectNode().put("id", "msg_sim_" + id).put("type", "message")
                .put("role", "assistant").put("model", label(request.model()));
        root.putArray("content").addObject().put("type", "text").put("text", answer.text());
        root.put("stop_reason", answer.truncated() ? "max_tokens" : "end_turn").putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", answer.inputTokens()).put("output_tokens", answer.outputTokens());
        return write(root);
    }

    static String anthropicStream(WireRequest request, Answer answer, String id) {
        StringBuilder events = new StringBuilder();
        ObjectNode start = JSON.createObjectNode().put("type", "message_start");
        ObjectNode message = start.putObject("message").put("id", "msg_sim_" + id).put("type", "message")
                .put("role", "assistant").put("model", label(request.model()));
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", answer.inputTokens()).put("output_tokens", 1);
        event(events, "message_start", start);
        ObjectNode blockStart = JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        event(events, "content_block_start", blockStart);
        event(events, "ping", JSON.createObjectNode().put("type", "ping"));
        for (String piece : pieces(answer.text())) {
            ObjectNode delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            delta.putObject("delta").put("type", "text_delta").put("text", piece);
            event(events, "content_block_delta", delta);
        }
        event(events, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", 0));
        ObjectNode end = JSON.createObjectNode().put("type", "message_delta");
        end.putObject("delta").put("stop_reason", answer.truncated() ? "max_tokens" : "end_turn").putNull("stop_sequence");
        end.putObject("usage").put("output_tokens", answer.outputTokens());
        event(events, "message_delta", end);
        event(events, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
        return events.toString();
    }

    /** The error body of a protocol: OpenAI's {@code {error: {...}}} or Anthropic's {@code {type: error, ...}}. */
    static String error(WireRequest.Protocol protocol, String type, String message) {
        ObjectNode root = JSON.createObjectNode();
        if (protocol == WireRequest.Protocol.ANTHROPIC) {
            root.put("type", "error").putObject("error").put("type", type).put("message", message);
        } else {
            root.putObject("error").put("message", message).put("type", type).putNull("param").put("code", type);
        }
        return write(root);
    }

    /** The text in streamed pieces of a few words each, spaces kept so the pieces join back to the text. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        String[] words = text.split("(?<= )");
        for (int i = 0; i < words.length; i += WORDS_PER_CHUNK) {
            pieces.add(String.join("", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + WORDS_PER_CHUNK))));
        }
        return pieces;
    }

    private static ObjectNode openAiChunk(WireRequest request, String id) {
        return JSON.createObjectNode().put("id", "chatcmpl-sim-" + id).put("object", "chat.completion.chunk")
                .put("created", 1_767_225_600L).put("model", label(request.model()))
                .put("system_fingerprint", "evalunit-simulator");
    }

    private static void usage(ObjectNode usage, Answer answer) {
        usage.put("prompt_tokens", answer.inputTokens()).put("completion_tokens", answer.outputTokens())
                .put("total_tokens", answer.inputTokens() + answer.outputTokens());
    }

    private static void event(StringBuilder events, String name, ObjectNode data) {
        events.append("event: ").append(name).append("\ndata: ").append(write(data)).append("\n\n");
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
