package dev.evalunit.judges.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads model output as one JSON document, optionally unwrapping a Markdown code fence first. */
final class JsonText {

    /** The output is not one JSON value; the message says where the parser stopped. */
    static final class NotJson extends Exception {
        NotJson(String message) {
            super(message);
        }
    }

    private static final Pattern FENCE =
            Pattern.compile("\\A\\s*```[\\w-]*[ \\t]*\\R(.*?)\\R?[ \\t]*```\\s*\\z", Pattern.DOTALL);

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final boolean stripCodeFence;

    JsonText(boolean stripCodeFence) {
        this.stripCodeFence = stripCodeFence;
    }

    /** Parses the text as exactly one JSON value. */
    JsonNode parse(String text) throws NotJson {
        String body = text;
        if (stripCodeFence) {
            Matcher fence = FENCE.matcher(text);
            if (fence.matches()) {
                body = fence.group(1);
            }
        }
        if (body.isBlank()) {
            throw new NotJson("output is empty");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the source; keep only the complaint and the position.
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new NotJson(e.getOriginalMessage() + where);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
