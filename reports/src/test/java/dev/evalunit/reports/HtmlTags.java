package dev.evalunit.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTML tokenizer for tests: the start tags of a document with their attributes, parsed the way a
 * browser splits them (quoted and unquoted values), so tests can assert which elements and attributes exist.
 */
final class HtmlTags {

    record Attribute(String name, String value) {
    }

    record Tag(String name, List<Attribute> attributes) {
    }

    private HtmlTags() {
    }

    static List<Tag> startTags(String html) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            int j = i + 1;
            if (j < html.length() && html.startsWith("!--", j)) {
                i = html.indexOf("-->", j) + 3;
                continue;
            }
            if (j >= html.length() || !Character.isLetter(html.charAt(j))) {
                i = j;
                continue;
            }
            int nameEnd = j;
            while (nameEnd < html.length() && !Character.isWhitespace(html.charAt(nameEnd))
                    && html.charAt(nameEnd) != '>' && html.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            String name = html.substring(j, nameEnd).toLowerCase(Locale.ROOT);
            List<Attribute> attributes = new ArrayList<>();
            int k = nameEnd;
            while (k < html.length() && html.charAt(k) != '>') {
                char c = html.charAt(k);
                if (Character.isWhitespace(c) || c == '/') {
                    k++;
                    continue;
                }
                int attrEnd = k;
                while (attrEnd < html.length() && "= \t\n\r>/".indexOf(html.charAt(attrEnd)) < 0) {
                    attrEnd++;
                }
                String attr = html.substring(k, attrEnd).toLowerCase(Locale.ROOT);
                String value = "";
                k = attrEnd;
                if (k < html.length() && html.charAt(k) == '=') {
                    k++;
                    char quote = html.charAt(k);
                    if (quote == '"' || quote == '\'') {
                        int close = html.indexOf(quote, k + 1);
                        value = html.substring(k + 1, close);
                        k = close + 1;
                    } else {
                        int end = k;
                        while (end < html.length() && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
                            end++;
                        }
                        value = html.substring(k, end);
                        k = end;
                    }
                }
                attributes.add(new Attribute(attr, value));
            }
            tags.add(new Tag(name, attributes));
            i = name.equals("script") || name.equals("style") ? skipRawText(html, name, k) : k;
        }
        return tags;
    }

    private static int skipRawText(String html, String name, int from) {
        int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
        return end < 0 ? html.length() : end;
    }
}
