package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.Case;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt with {@code {{field}}} placeholders filled from a case's fields. Parsed once; rendering
 * appends literal parts and field values without regular expressions.
 */
@API(status = INTERNAL, since = "0.1")
public final class PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");

    private final String text;
    private final List<String> literals = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    public PromptTemplate(String text) {
        this.text = Objects.requireNonNull(text, "text");
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            literals.add(text.substring(last, matcher.start()));
            fields.add(matcher.group(1));
            last = matcher.end();
        }
        literals.add(text.substring(last));
    }

    /** The placeholder names, in order of first use. */
    public Set<String> fields() {
        return new LinkedHashSet<>(fields);
    }

    /** The template filled from the case; a missing field is rejected at discovery, so it cannot happen here. */
    public String render(Case testCase) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < fields.size(); i++) {
            out.append(literals.get(i));
            String name = fields.get(i);
            out.append(testCase.text(name).orElseThrow(() -> new IllegalStateException(
                    "case '" + testCase.id() + "' has no field '" + name + "'")));
        }
        return out.append(literals.get(fields.size())).toString();
    }
}
