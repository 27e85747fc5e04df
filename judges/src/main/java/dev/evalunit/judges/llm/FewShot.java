package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judge's few-shot {@code examples}: outputs the suite author has already judged, each shown to the judge as an
 * earlier turn (the output in a delimited section, then the reply the judge should have given), so the judge sees
 * how the scale is meant before it judges. Option {@code examples}: a list of
 * {@code {output: <text>, score: <on the scale>, reasoning: <text>}}; {@code score} is {@code pass} or {@code fail}
 * on the pass-fail scale.
 *
 * @param turns the example turns, user and assistant alternating
 */
record FewShot(List<Message> turns) {

    /** No examples. */
    static final FewShot NONE = new FewShot(List.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("output", "score", "reasoning");

    FewShot {
        turns = List.copyOf(turns);
    }

    /**
     * Reads the {@code examples} option.
     *
     * @param format the reply the judge must give; every example's reply must be one
     * @throws ScorerConfigException naming the example and what is wrong with it
     */
    static FewShot of(Options options, Scale scale, ReplyFormat<?> format) throws ScorerConfigException {
        Object raw = options.raw("examples").orElse(null);
        if (raw == null) {
            return NONE;
        }
        if (!(raw instanceof List<?> examples) || examples.isEmpty()) {
            throw options.problem("examples", "must be a non-empty list of {output, score, reasoning}");
        }
        List<Message> turns = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String which = "example " + (i + 1);
            if (!(examples.get(i) instanceof Map<?, ?> example) || !KEYS.containsAll(example.keySet())
                    || !example.keySet().containsAll(KEYS)) {
                throw options.problem("examples", which + " must have exactly the keys output, score and reasoning");
            }
            ObjectNode reply = JSON.createObjectNode().put("reasoning", String.valueOf(example.get("reasoning")));
            reply.set(scale == Scale.PASS_FAIL ? "verdict" : "score", JSON.valueToTree(example.get("score")));
            try {
                // read through the judge's own format: an example never teaches a reply the judge may not give
                format.read(reply);
            } catch (ReplyFormat.UnusableReply e) {
                throw options.problem("examples", which + " is not a reply the judge may give: " + e.getMessage());
            }
            turns.add(Message.user("An example response, judged as shown in the reply that follows:\n"
                    + Untrusted.section("example", String.valueOf(example.get("output")))));
            turns.add(Message.assistant(reply.toString()));
        }
        return new FewShot(turns);
    }
}
