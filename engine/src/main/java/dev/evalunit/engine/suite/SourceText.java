package dev.evalunit.engine.suite;


import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a suite or dataset file: read whole up to the size limit, decoded strictly as UTF-8, a leading
 * byte-order mark dropped (spreadsheets write one). A file too large or not UTF-8 is a problem at the line
 * where that happens.
 */
final class SourceText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceText() {
    }

    /**
     * Reads a file's text; empty, with the problem reported, when it is too large or not UTF-8.
     *
     * @throws IOException when the file cannot be opened or read
     */
    static Optional<String> read(Location location, long maxBytes, Problems problems) throws IOException {
        byte[] bytes;
        try (InputStream in = location.open()) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            problems.at(location, line(bytes, (int) maxBytes), "the file is larger than " + maxBytes
                    + " bytes; raise " + InputKeys.MAX_FILE_SIZE + " if it is meant to be");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            problems.at(location, line(bytes, at), String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X "
                    + "at offset %d does not start or continue a UTF-8 character; save it as UTF-8",
                    at < bytes.length ? bytes[at] : 0, at));
            return Optional.empty();
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.get();
        }
        return Optional.of(out.toString());
    }

    /** The 1-based line of a byte offset. */
    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
