package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON object a judge must reply with: how the prompt describes it and how a reply is checked.
 *
 * @param <T> what a usable reply becomes
 */
interface ReplyFormat<T> {

    /** The sentence in the system prompt that says what to reply with. */
    String instructions();

    /**
     * Reads a reply already parsed as a JSON object.
     *
     * @throws UnusableReply saying what is wrong, in words that can be sent back to the judge
     */
    T read(JsonNode reply) throws UnusableReply;

    /** A judge reply that cannot be used: not JSON, a missing field, a score out of range. */
    final class UnusableReply extends Exception {
        UnusableReply(String problem) {
            super(problem);
        }
    }

    /** The text of a required string field. */
    static String text(JsonNode reply, String field) throws UnusableReply {
        JsonNode node = reply.get(field);
        if (node == null || !node.isTextual()) {
            throw new UnusableReply("field '" + field + "' is missing or not a string");
        }
        return node.asText();
    }
}
