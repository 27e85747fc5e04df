package dev.evalunit.engine.provider;

import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches one streamed answer on its way to the parser: counts the events the parser found and keeps the
 * body's first bytes, so an answer with no event in it can be described instead of passing as empty.
 */
final class StreamWatch implements ServerSentEventListener {

    private final ServerSentEventListener listener;
    private final ByteArrayOutputStream first = new ByteArrayOutputStream();
    private final InputStream body;
    private int events;

    StreamWatch(InputStream body, ServerSentEventListener listener) {
        this.listener = listener;
        this.body = new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    keep(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    keep(buffer, offset, read);
                }
                return read;
            }
        };
    }

    /** The body to parse. */
    InputStream body() {
        return body;
    }

    int events() {
        return events;
    }

    byte[] firstBytes() {
        return first.toByteArray();
    }

    private void keep(byte[] buffer, int offset, int length) {
        int room = StreamAnswerException.SHOWN_BYTES + 1 - first.size();
        if (room > 0) {
            first.write(buffer, offset, Math.min(room, length));
        }
    }

    @Override
    public void onOpen(SuccessfulHttpResponse response) {
        listener.onOpen(response);
    }

    @Override
    public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
        events++;
        listener.onEvent(event, context);
    }

    @Override
    public void onEvent(ServerSentEvent event) {
        events++;
        listener.onEvent(event);
    }

    @Override
    public void onError(Throwable error) {
        listener.onError(error);
    }

    @Override
    public void onClose() {
        listener.onClose();
    }
}
