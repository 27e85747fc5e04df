package dev.evalunit.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads {@code results.jsonl} line by line with each line's byte position, so a later pass can fetch the
 * lines of one case directly instead of holding the whole journal in memory.
 */
final class JournalLines {

    /** Receives one non-blank line. */
    interface LineHandler {
        void line(int lineNumber, long offset, int length, String text) throws IOException;
    }

    private JournalLines() {
    }

    /**
     * Calls {@code handler} for every non-blank line of {@code file}, in order.
     *
     * @param lastUnterminated whether a last line with no line break counts (false for a journal still being
     *                         written, whose last line may be cut short)
     */
    static void scan(Path file, boolean lastUnterminated, LineHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            long position = 0;
            long lineStart = 0;
            int lineNumber = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                int from = 0;
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, from, i - from);
                        lineNumber++;
                        emit(handler, lineNumber, lineStart, line);
                        lineStart = position + i + 1;
                        from = i + 1;
                    }
                }
                line.write(chunk, from, read - from);
                position += read;
            }
            if (line.size() > 0 && lastUnterminated) {
                emit(handler, lineNumber + 1, lineStart, line);
            }
        }
    }

    private static void emit(LineHandler handler, int lineNumber, long offset, ByteArrayOutputStream line)
            throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            handler.line(lineNumber, offset, line.size(), text);
        }
        line.reset();
    }

    /** Random access to lines by the positions {@link #scan} reported. */
    static final class Reader implements AutoCloseable {

        private final FileChannel channel;

        Reader(Path file) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        }

        String read(long offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("results.jsonl ended before byte " + (offset + length)
                            + "; was it changed while the report was rendering?");
                }
            }
            return new String(buffer.array(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
