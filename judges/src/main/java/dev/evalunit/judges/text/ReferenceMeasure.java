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
import dev.evalunit.judges.Threshold;
import dev.evalunit.stats.Direction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * A number measured between the normalised output and one normalised reference ({@code value} or
 * {@code field}). It is a measurement: it passes unless the suite sets a bar — a {@code threshold} (at least)
 * when larger is better, option {@code max} when smaller is better. A pair too long for a quadratic
 * comparison ({@link QuadraticWork}) gets an error score.
 */
abstract class ReferenceMeasure implements ScorerProvider {

    private final String name;
    private final Direction direction;
    private final String what;
    private final ToDoubleBiFunction<String, String> measure;

    /**
     * @param measure (normalised output, normalised reference) → value
     */
    ReferenceMeasure(String name, Direction direction, String what, ToDoubleBiFunction<String, String> measure) {
        this.name = name;
        this.direction = direction;
        this.what = what;
        this.measure = measure;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(Reference.KEYS);
        keys.addAll(TextNormalizer.KEYS);
        if (direction == Direction.LOWER) {
            keys.add("max");
        }
        Options options = Options.of(setup, keys);
        Reference reference = Reference.required(options);
        TextNormalizer normalizer = TextNormalizer.from(options, TextNormalizer.EXACT);
        Metric metric = new Metric(options.metric(), direction == Direction.HIGHER
                ? Threshold.atLeast(setup.spec())
                : Threshold.atMost(options, false, "edits"));
        return Scorer.sync(input -> {
            var expected = reference.text(input.testCase());
            if (expected.isEmpty()) {
                return List.of(metric.error(reference.missingIn(input.testCase()), input.output()));
            }
            try {
                double value = measure.applyAsDouble(normalizer.apply(input.output()), normalizer.apply(expected.get()));
                return List.of(metric.score(value, what));
            } catch (QuadraticWork.TooLarge tooLarge) {
                return List.of(metric.error(tooLarge.getMessage(), Excerpt.of(input.output())));
            }
        }).improving(direction);
    }
}
