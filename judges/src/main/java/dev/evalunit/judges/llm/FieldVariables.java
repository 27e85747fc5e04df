package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.engine.suite.Suggestions;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{field}}} variables in a suite's rubric. The rubric is the suite author's (trusted) text while case
 * fields are dataset text (untrusted), so a variable is not pasted into the rubric: it becomes a pointer to
 * the field's own delimited section, which the judge is shown with the output.
 *
 * @param text   the rubric with each variable replaced by its pointer
 * @param fields the case fields named, in order of first use
 */
record FieldVariables(String text, List<String> fields) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)\\s*}}");

    /**
     * Reads the variables of the rubric option's text.
     *
     * @throws ScorerConfigException when a variable names a field the dataset's cases do not all have
     */
    static FieldVariables of(Options options, String rubric) throws ScorerConfigException {
        return of(options, "rubric", rubric);
    }

    /**
     * Reads the variables of an option's text (a rubric, a judge prompt template).
     *
     * @throws ScorerConfigException when a variable names a field the dataset's cases do not all have
     */
    static FieldVariables of(Options options, String option, String rubric) throws ScorerConfigException {
        Set<String> fields = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(rubric);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String field = matcher.group(1);
            if (!options.setup().caseFields().contains(field)) {
                throw options.problem(option, "uses {{" + field + "}}, which the dataset's cases do not all have"
                        + Suggestions.hint(field, options.setup().caseFields())
                        + " (fields: " + new TreeSet<>(options.setup().caseFields()) + ")");
            }
            fields.add(field);
            matcher.appendReplacement(text, Matcher.quoteReplacement("the case's " + field + " (shown below)"));
        }
        matcher.appendTail(text);
        return new FieldVariables(text.toString(), new ArrayList<>(fields));
    }
}
