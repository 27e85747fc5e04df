package dev.evalunit.judges.text;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Excerpt;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.Reference;
import dev.evalunit.judges.TextNormalizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A 1/0 check of the normalised output against one normalised reference text ({@code value} or
 * {@code field}); the normalisation options are those of {@link TextNormalizer}.
 */
abstract class ReferenceCheck implements ScorerProvider {

    private final String name;
    private final BiPredicate<String, String> test;
    private final String holds;
    private final String fails;

    /**
     * @param test  (normalised output, normalised reference) → passes
     * @param holds how a pass reads, e.g. "output contains"
     * @param fails how a failure reads, e.g. "output does not contain"
     */
    ReferenceCheck(String name, BiPredicate<String, String> test, String holds, String fails) {
        this.name = name;
        this.test = test;
        this.holds = holds;
        this.fails = fails;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(Reference.KEYS);
        keys.addAll(TextNormalizer.KEYS);
        Options options = Options.of(setup, keys);
        Reference reference = Reference.required(options);
        TextNormalizer normalizer = TextNormalizer.from(options, TextNormalizer.EXACT);
        Metric metric = Metric.check(options.metric());
        return Scorer.sync(input -> {
            var expected = reference.text(input.testCase());
            if (expected.isEmpty()) {
                return List.of(metric.error(reference.missingIn(input.testCase()), input.output()));
            }
            boolean passed = test.test(normalizer.apply(input.output()), normalizer.apply(expected.get()));
            return List.of(metric.check(passed, (passed ? holds : fails) + " " + Excerpt.of(expected.get())
                    + (passed ? "" : "; output was " + Excerpt.of(input.output()))));
        });
    }
}
