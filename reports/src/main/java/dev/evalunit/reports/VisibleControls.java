package dev.evalunit.reports;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Shows the invisible characters that change how text around them reads - bidirectional overrides, embeddings
 * and isolates (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) and the line and paragraph separators
 * (U+2028, U+2029) - as visible {@code ⟨U+202E⟩}, so a model answer or a dataset field cannot reorder or break
 * the lines of a report or of a pull-request comment around it.
 */
final class VisibleControls extends FilterWriter {

    VisibleControls(Writer out) {
        super(out);
    }

    static boolean neutralised(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    /** The text with every such character made visible. */
    static String of(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (neutralised(c)) {
                visible.append(String.format("⟨U+%04X⟩", (int) c));
            } else {
                visible.append(c);
            }
        }
        return visible.toString();
    }

    @Override
    public void write(int c) throws IOException {
        out.write(of(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(of(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(of(text.substring(offset, offset + length)));
    }
}
