package dev.evalunit.judges.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the one JSON object in a judge's reply. Reasoning models put a {@code <think>…</think>} block first and
 * chatty ones wrap the object in prose or a code fence, so the reply is searched for complete JSON objects
 * (braces in prose that do not start one are skipped). Exactly one must be found: two objects, or one with a
 * key given twice, are ambiguous and refused rather than resolved by picking one.
 */
final class ReplyObject {

    private static final Pattern THINKING = Pattern.compile("(?is)<think(?:ing)?>.*?</think(?:ing)?>");

    private final JsonMapper lenient = JsonMapper.builder().build();
    private final JsonMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The reply's single JSON object. */
    JsonNode object(String raw) throws ReplyFormat.UnusableReply {
        String text = THINKING.matcher(raw).replaceAll(" ");
        List<String> objects = objects(text);
        if (objects.isEmpty()) {
            throw new ReplyFormat.UnusableReply("the reply holds no JSON object");
        }
        if (objects.size() > 1) {
            throw new ReplyFormat.UnusableReply("the reply holds " + objects.size()
                    + " JSON objects, which is ambiguous; reply with exactly one");
        }
        try {
            return strict.readTree(objects.get(0));
        } catch (JsonProcessingException e) {
            throw new ReplyFormat.UnusableReply("the reply's JSON object is ambiguous (" + e.getOriginalMessage() + ")");
        }
    }

    /** Every complete top-level JSON object in the text, in order. */
    private List<String> objects(String text) throws ReplyFormat.UnusableReply {
        List<String> found = new ArrayList<>();
        String firstProblem = null;
        int from = text.indexOf('{');
        while (from >= 0) {
            int end = -1;
            try (JsonParser parser = lenient.createParser(text.substring(from))) {
                JsonNode node = lenient.readTree(parser);
                if (node != null && node.isObject()) {
                    end = from + (int) parser.currentLocation().getCharOffset();
                    found.add(text.substring(from, end));
                }
            } catch (JsonProcessingException e) {
                firstProblem = firstProblem == null ? e.getOriginalMessage() : firstProblem;
            } catch (IOException e) {
                throw new IllegalStateException("reading a string cannot fail", e);
            }
            from = text.indexOf('{', end > from ? end : from + 1);
        }
        if (found.isEmpty() && firstProblem != null) {
            throw new ReplyFormat.UnusableReply("the reply is not valid JSON (" + firstProblem + ")");
        }
        return found;
    }
}
