package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"scores": {"<criterion>": {"reasoning": "...", "score": <on the scale>}, ...}}}: several criteria scored
 * in one reply. The reply is unusable only when it has no {@code scores} object; a criterion that is missing or
 * unusable in it is that criterion's own problem, so the others still count.
 *
 * @param criteria the criterion names, in order
 * @param scale    the scale every score must lie on
 */
record CriteriaReply(List<String> criteria, Scale scale) implements ReplyFormat<Map<String, CriteriaReply.Criterion>> {

    /** One criterion's part of the reply. */
    sealed interface Criterion {

        /** Scored on the scale. */
        record Scored(ScoreReply.Verdict verdict) implements Criterion {
        }

        /** Missing or unusable. */
        record Unusable(String problem) implements Criterion {
        }
    }

    CriteriaReply {
        criteria = List.copyOf(criteria);
    }

    @Override
    public String instructions() {
        StringBuilder shape = new StringBuilder();
        for (String criterion : criteria) {
            shape.append(shape.isEmpty() ? "" : ", ").append('"').append(criterion)
                    .append("\": {\"reasoning\": \"<a short explanation>\", \"score\": <a number from ")
                    .append(Scale.format(scale.min())).append(" to ").append(Scale.format(scale.max())).append(">}");
        }
        return "Reply with only one JSON object and nothing else: {\"scores\": {" + shape + "}}.";
    }

    @Override
    public Map<String, Criterion> read(JsonNode reply) throws UnusableReply {
        JsonNode scores = reply.get("scores");
        if (scores == null || !scores.isObject()) {
            throw new UnusableReply("field 'scores' is missing or not an object");
        }
        ScoreReply one = new ScoreReply(scale);
        Map<String, Criterion> read = new LinkedHashMap<>();
        for (String criterion : criteria) {
            JsonNode node = scores.get(criterion);
            try {
                if (node == null || !node.isObject()) {
                    throw new UnusableReply("criterion '" + criterion + "' is missing or not an object");
                }
                read.put(criterion, new Criterion.Scored(one.read(node)));
            } catch (UnusableReply unusable) {
                read.put(criterion, new Criterion.Unusable(unusable.getMessage()));
            }
        }
        return read;
    }
}
