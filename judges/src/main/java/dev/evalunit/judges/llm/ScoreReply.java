package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code {"score": <number on the scale>, "reasoning": "..."}}.
 *
 * @param scale the scale the score must lie on
 */
record ScoreReply(Scale scale) implements ReplyFormat<ScoreReply.Verdict> {

    /**
     * A usable judgement.
     *
     * @param score     on the scale
     * @param reasoning the judge's explanation, kept with the sample
     */
    record Verdict(double score, String reasoning) {
    }

    @Override
    public String instructions() {
        return "Reply with only one JSON object and nothing else: {\"reasoning\": \"<a short explanation>\", "
                + "\"score\": <a number from " + Scale.format(scale.min()) + " to " + Scale.format(scale.max())
                + ">}.";
    }

    @Override
    public Verdict read(JsonNode reply) throws UnusableReply {
        JsonNode score = reply.get("score");
        if (score == null || !score.isNumber()) {
            throw new UnusableReply("field 'score' is missing or not a number");
        }
        double value = score.asDouble();
        if (!Double.isFinite(value) || !scale.contains(value)) {
            throw new UnusableReply("score " + score + " is outside the scale " + Scale.format(scale.min())
                    + " to " + Scale.format(scale.max()));
        }
        return new Verdict(value, ReplyFormat.text(reply, "reasoning"));
    }
}
