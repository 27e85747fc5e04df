package dev.evalunit.judges.text;

import dev.evalunit.api.Scorer;
import dev.evalunit.api.ScorerConfigException;
import dev.evalunit.api.ScorerProvider;
import dev.evalunit.api.ScorerSetup;
import dev.evalunit.judges.Excerpt;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex}: the output matches a Java regular expression ({@code pattern}), found anywhere unless
 * {@code fullMatch}; {@code ignoreCase}, {@code multiline} and {@code dotall} set the usual flags. The
 * pattern is compiled at discovery, so a typo fails before any model is called.
 */
public final class RegexScorer implements ScorerProvider {

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.of(setup, Set.of("pattern", "fullMatch", "ignoreCase", "multiline", "dotall"));
        String source = options.requiredString("pattern");
        int flags = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS
                | (options.bool("ignoreCase", false) ? Pattern.CASE_INSENSITIVE : 0)
                | (options.bool("multiline", false) ? Pattern.MULTILINE : 0)
                | (options.bool("dotall", false) ? Pattern.DOTALL : 0);
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, flags);
        } catch (PatternSyntaxException e) {
            throw options.problem("pattern", "is not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex() + " of '" + source + "'");
        }
        boolean fullMatch = options.bool("fullMatch", false);
        Metric metric = Metric.check(options.metric());
        return Scorer.sync(input -> {
            Matcher matcher = pattern.matcher(input.output());
            boolean matched = fullMatch ? matcher.matches() : matcher.find();
            if (!matched) {
                return List.of(metric.check(false, "output does not match /" + source + "/: " + Excerpt.of(input.output())));
            }
            return List.of(metric.check(true, "output matches /" + source + "/")
                    .withDetails(Map.of("match", matcher.group())));
        });
    }
}
