package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {"score": <number on the scale>, "reasoning": "..."}}. A score written as text, {@code "4"} or
 * {@code "4/5"} (out of the scale's maximum), is read as the number it plainly is.
 *
 * @param scale the scale the score must lie on
 */
record ScoreReply(Scale scale) implements ReplyFormat<ScoreReply.Verdict> {

    private static final Pattern TEXT_SCORE = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:/\\s*(\\d+(?:\\.\\d+)?)\\s*)?");

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
        if (score == null || !(score.isNumber() || score.isTextual())) {
            throw new UnusableReply("field 'score' is missing or not a number");
        }
        double value = score.isNumber() ? score.asDouble() : number(score.asText());
        if (!Double.isFinite(value) || !scale.contains(value)) {
            throw new UnusableReply("score " + score + " is outside the scale " + Scale.format(scale.min())
                    + " to " + Scale.format(scale.max()));
        }
        return new Verdict(value, ReplyFormat.text(reply, "reasoning"));
    }

    /** A score written as text: {@code "4"}, or {@code "4/5"} out of the scale's maximum. */
    private double number(String text) throws UnusableReply {
        Matcher matcher = TEXT_SCORE.matcher(text);
        if (!matcher.matches()) {
            throw new UnusableReply("field 'score' is not a number: \"" + text + "\"");
        }
        if (matcher.group(2) != null && Double.parseDouble(matcher.group(2)) != scale.max()) {
            throw new UnusableReply("field 'score' is " + text + ", out of " + matcher.group(2) + " instead of "
                    + Scale.format(scale.max()));
        }
        return Double.parseDouble(matcher.group(1));
    }
}
