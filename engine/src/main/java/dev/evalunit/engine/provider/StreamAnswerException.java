package dev.evalunit.engine.provider;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streamed request whose answer was not a stream the model could read: either a plain JSON completion (the
 * server ignored {@code stream}) or a body with no event in it. The message says what the server sent (status,
 * content type and the first bytes), so the failure is never just "no content".
 */
final class StreamAnswerException extends RuntimeException {

    /** How many bytes of the body a message shows. */
    static final int SHOWN_BYTES = 200;

    private final boolean plainJson;

    private StreamAnswerException(String message, boolean plainJson) {
        super(message, null, false, false);
        this.plainJson = plainJson;
    }

    /** The server answered the streamed request with one JSON document instead of a stream. */
    static StreamAnswerException plainJson(int status, String contentType, byte[] body) {
        return new StreamAnswerException("a streamed request was answered without a stream: "
                + sent(status, contentType, body), true);
    }

    /** The server answered with a body in which the stream parser found no event. */
    static StreamAnswerException unreadable(int status, String contentType, byte[] firstBytes) {
        return new StreamAnswerException("no event could be read from the streamed answer: "
                + sent(status, contentType, firstBytes), false);
    }

    /** Whether a failure (possibly wrapped by langchain4j or a future) is a plain JSON answer. */
    static boolean plainJsonIn(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof StreamAnswerException answer) {
                return answer.plainJson;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    private static String sent(int status, String contentType, byte[] body) {
        byte[] shown = body.length > SHOWN_BYTES ? Arrays.copyOf(body, SHOWN_BYTES) : body;
        return "HTTP " + status + ", Content-Type " + (contentType.isBlank() ? "(none)" : contentType)
                + ", first bytes: " + new String(shown, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim()
                + (body.length > SHOWN_BYTES ? "..." : "");
    }
}
