package dev.evalunit.judges.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Excerpt;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.TextNormalizer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code regex}: the output matches a regular expression ({@code pattern}), found anywhere unless
 * {@code fullMatch}; {@code ignoreCase} (full Unicode case folding), {@code multiline} and {@code dotall} set
 * the usual flags; {@code unicode} ({@code nfc} default, {@code nfkc}, {@code none}) normalises the pattern
 * and the output alike first. Matching is RE2's (through RE2/J): linear in the output's length, so no pattern
 * can hang a run; backreferences and lookaround, which need backtracking, are refused at discovery. The
 * pattern is compiled at discovery, so a typo fails before any model is called.
 */
public final class RegexScorer implements ScorerProvider {

    /** NFC and nothing else unless the declaration asks: whitespace and punctuation are the pattern's business. */
    private static final TextNormalizer UNICODE_ONLY = new TextNormalizer(TextNormalizer.Form.NFC, false, false, false,
            false);

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.of(setup, Set.of("pattern", "fullMatch", "ignoreCase", "multiline", "dotall",
                "unicode"));
        String source = options.requiredString("pattern");
        boolean ignoreCase = options.bool("ignoreCase", false);
        int flags = (ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                | (options.bool("multiline", false) ? Pattern.MULTILINE : 0)
                | (options.bool("dotall", false) ? Pattern.DOTALL : 0);
        TextNormalizer normalizer = TextNormalizer.from(options, UNICODE_ONLY);
        Pattern pattern;
        try {
            pattern = Pattern.compile(LinearRegex.translate(normalizer.unicodeOnly().apply(source), ignoreCase), flags);
        } catch (PatternSyntaxException e) {
            throw options.problem("pattern", "is not a valid regular expression: " + e.getDescription()
                    + " in '" + source + "' (RE2 syntax: no backreferences or lookaround)");
        }
        boolean fullMatch = options.bool("fullMatch", false);
        Metric metric = Metric.check(options.metric());
        return Scorer.sync(input -> {
            Matcher matcher = pattern.matcher(normalizer.apply(input.output()));
            boolean matched = fullMatch ? matcher.matches() : matcher.find();
            if (!matched) {
                return List.of(metric.check(false, "output does not match /" + source + "/: " + Excerpt.of(input.output())));
            }
            return List.of(metric.check(true, "output matches /" + source + "/")
                    .withDetails(Map.of("match", matcher.group())));
        });
    }
}
