package dev.evalunit.judges.text;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Excerpt;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.TextNormalizer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code label-match}: classification. The output, normalised loosely (case, punctuation and extra
 * whitespace ignored by default), is the predicted label; the case {@code field} holds the expected one.
 * With {@code labels} the prediction must be one of them and is reported in its declared spelling (an
 * output that is none of them is predicted {@value #OTHER}); without, a long output is cut to a short label.
 * Scores carry {@value #EXPECTED} and {@value #PREDICTED} details, from which
 * {@link dev.evalunit.judges.suite.ConfusionMatrix} is built for the suite.
 */
public final class LabelMatchScorer implements ScorerProvider {

    /** The name suites use. */
    public static final String NAME = "label-match";

    /** Detail key of the expected label. */
    public static final String EXPECTED = "expected";
    /** Detail key of the predicted label. */
    public static final String PREDICTED = "predicted";
    /** The predicted label of an output that is none of the declared labels. */
    public static final String OTHER = "(other)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(Set.of("field", "labels"));
        keys.addAll(TextNormalizer.KEYS);
        Options options = Options.of(setup, keys);
        String field = options.caseField("field").orElseThrow(() -> options.problem("field",
                "is required: the case field holding the expected label"));
        TextNormalizer normalizer = TextNormalizer.from(options, TextNormalizer.LOOSE);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : options.strings("labels").orElse(List.of())) {
            if (labels.putIfAbsent(normalizer.apply(label), label) != null) {
                throw options.problem("labels", "lists '" + label + "' twice (after normalisation)");
            }
        }
        Metric metric = Metric.check(options.metric());
        return Scorer.sync(input -> {
            Optional<String> expectedText = input.testCase().text(field);
            if (expectedText.isEmpty()) {
                return List.of(metric.error("case '" + input.testCase().id() + "' has no field '" + field + "'",
                        input.output()));
            }
            String expected = Excerpt.cut(canonical(labels, normalizer, expectedText.get()));
            String normalOutput = normalizer.apply(input.output());
            boolean known = labels.isEmpty() || labels.containsKey(normalOutput);
            String predicted = !known ? OTHER : Excerpt.cut(labels.getOrDefault(normalOutput, normalOutput));
            boolean passed = known && predicted.equals(expected);
            String reason = passed ? "predicted '" + predicted + "'"
                    : known ? "predicted " + Excerpt.of(predicted) + ", expected " + Excerpt.of(expected)
                    : "output " + Excerpt.of(input.output()) + " is none of the labels " + labels.values()
                    + "; expected " + Excerpt.of(expected);
            return List.of(metric.check(passed, reason).withDetails(Map.of(EXPECTED, expected, PREDICTED, predicted)));
        });
    }

    private static String canonical(Map<String, String> labels, TextNormalizer normalizer, String text) {
        String normal = normalizer.apply(text);
        return labels.getOrDefault(normal, normal);
    }
}
