package dev.evalunit.judges.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** {@code {"reasoning": "...", "winner": "first" | "second" | "tie"}}. */
final class PreferenceReply implements ReplyFormat<PreferenceReply.Choice> {

    /** Which shown response the judge preferred. */
    enum Slot { FIRST, SECOND, TIE }

    /**
     * A usable preference.
     *
     * @param slot      the preferred position
     * @param reasoning the judge's explanation
     */
    record Choice(Slot slot, String reasoning) {
    }

    @Override
    public String instructions() {
        return "Reply with only one JSON object and nothing else: {\"reasoning\": \"<a short explanation>\", "
                + "\"winner\": \"first\" | \"second\" | \"tie\"}.";
    }

    @Override
    public Choice read(JsonNode reply) throws UnusableReply {
        String winner = ReplyFormat.text(reply, "winner").trim().toLowerCase(Locale.ROOT);
        Slot slot = switch (winner) {
            case "first" -> Slot.FIRST;
            case "second" -> Slot.SECOND;
            case "tie" -> Slot.TIE;
            default -> throw new UnusableReply("winner '" + winner + "' is not one of first, second, tie");
        };
        return new Choice(slot, ReplyFormat.text(reply, "reasoning"));
    }
}
