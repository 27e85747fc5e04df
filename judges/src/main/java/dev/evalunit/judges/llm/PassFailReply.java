package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * {@code {"verdict": "pass" | "fail", "reasoning": "..."}}: a judge that answers pass or fail, scored 1 or 0
 * (a JSON {@code true}/{@code false} is read the same way).
 */
record PassFailReply() implements ReplyFormat<ScoreReply.Verdict> {

    @Override
    public String instructions() {
        return "Reply with only one JSON object and nothing else: {\"reasoning\": \"<a short explanation>\", "
                + "\"verdict\": \"pass\" or \"fail\"}.";
    }

    @Override
    public ScoreReply.Verdict read(JsonNode reply) throws UnusableReply {
        JsonNode verdict = reply.get("verdict");
        String text = verdict == null ? "" : verdict.asText().strip().toLowerCase(Locale.ROOT);
        double score = switch (text) {
            case "pass", "true" -> 1;
            case "fail", "false" -> 0;
            default -> throw new UnusableReply("field 'verdict' must be \"pass\" or \"fail\"");
        };
        return new ScoreReply.Verdict(score, ReplyFormat.text(reply, "reasoning"));
    }
}
