package dev.evalunit.engine.testing;

/**
 * Response bodies in the providers' real wire formats (OpenAI chat completions, Anthropic messages), plain
 * JSON and server-sent events, as documented in their API references.
 */
public final class WireFormats {

    public static final String SSE = "text/event-stream";

    private WireFormats() {
    }

    public static String openAi(String text) {
        return """
                {"id":"chatcmpl-9x1","object":"chat.completion","created":1721000000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                             "logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17},
                 "system_fingerprint":"fp_0ba0d124f1"}
                """.formatted(json(text));
    }

    public static String openAiStream(String first, String second) {
        String chunk = "{\"id\":\"chatcmpl-9x2\",\"object\":\"chat.completion.chunk\",\"created\":1721000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_0ba0d124f1\",";
        return "data: " + chunk + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
                + "data: " + chunk + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + json(first)
                + "},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
                + "data: " + chunk + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + json(second)
                + "},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
                + "data: " + chunk + "\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
                + "data: " + chunk + "\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,"
                + "\"total_tokens\":17}}\n\n"
                + "data: [DONE]\n\n";
    }

    public static String anthropic(String text) {
        return """
                {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant",
                 "model":"claude-3-5-haiku-20241022","content":[{"type":"text","text":%s}],
                 "stop_reason":"end_turn","stop_sequence":null,
                 "usage":{"input_tokens":12,"output_tokens":5}}
                """.formatted(json(text));
    }

    public static String anthropicStream(String first, String second) {
        return event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_01\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"content\":[],\"model\":\"claude-3-5-haiku-20241022\",\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}")
                + event("content_block_start",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
                + event("ping", "{\"type\": \"ping\"}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":" + json(first) + "}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":" + json(second) + "}}")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":5}}")
                + event("message_stop", "{\"type\":\"message_stop\"}");
    }

    public static String ollama(String text) {
        return """
                {"model":"llama3.2:1b","created_at":"2025-01-01T00:00:00.000000Z",
                 "message":{"role":"assistant","content":%s},"done_reason":"stop","done":true,
                 "total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":12,
                 "prompt_eval_duration":342546000,"eval_count":5,"eval_duration":4535599000}
                """.formatted(json(text)).replace("\n", "");
    }

    /** Ollama streams newline-delimited JSON objects, the last with {@code "done":true} and the counts. */
    public static String ollamaStream(String first, String second) {
        String head = "{\"model\":\"llama3.2:1b\",\"created_at\":\"2025-01-01T00:00:00Z\",";
        return head + "\"message\":{\"role\":\"assistant\",\"content\":" + json(first) + "},\"done\":false}\n"
                + head + "\"message\":{\"role\":\"assistant\",\"content\":" + json(second) + "},\"done\":false}\n"
                + head + "\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\","
                + "\"done\":true,\"prompt_eval_count\":12,\"eval_count\":5}\n";
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
