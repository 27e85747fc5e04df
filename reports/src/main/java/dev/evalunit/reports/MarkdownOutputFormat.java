package dev.evalunit.reports;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker output format for GitHub-flavoured Markdown with auto-escaping: interpolated text can neither
 * start Markdown syntax (emphasis, links, tables, headings, lists, code) nor HTML, nor become an automatic
 * link (scheme separators, {@code www.} and {@code @} become character references that split the text), and
 * stays on one line so that it cannot break a table row.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {

    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private static final Pattern LINK_START = Pattern.compile("(?i)://|www\\.|@");

    private MarkdownOutputFormat() {
    }

    /** Markdown that is already escaped (or literal template text). */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        Matcher links = LINK_START.matcher(text);
        int linkAt = links.find() ? links.start() : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == linkAt) {
                escaped.append(c == '@' ? "&#64;" : c == ':' ? "&#58;" : "www&#46;");
                i += c == '@' || c == ':' ? 0 : 3;
                linkAt = links.find(i + 1) ? links.start() : -1;
                continue;
            }
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\r', '\n', '\t' -> escaped.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> escaped.append('\\').append(c);
                case '#', '+', '-', '=' -> escaped.append(i == 0 && startsBlock(text) ? "\\" : "").append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Whether text at the start of a line would open a heading, list item, rule or setext underline. */
    private static boolean startsBlock(String text) {
        char first = text.charAt(0);
        char next = text.length() > 1 ? text.charAt(1) : ' ';
        return first == '#' || Character.isWhitespace(next) || next == first;
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }
}
