package dev.evalunit.engine;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.stats.Direction;

import java.util.List;

/**
 * Test scorer {@code test-words}: the output's word count; with options {@code min} and {@code max} it declares the
 * target range [min, max] as its direction (as the {@code length} scorer does), else higher is better.
 */
public final class WordCountTestScorer implements ScorerProvider {

    @Override
    public String name() {
        return "test-words";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Object min = setup.spec().options().get("min");
        Object max = setup.spec().options().get("max");
        Scorer scorer = Scorer.sync(input -> {
            int words = input.output().isBlank() ? 0 : input.output().trim().split("\\s+").length;
            return List.of(Score.of(name(), words, true, words + " words"));
        });
        if (min instanceof Number low && max instanceof Number high) {
            return scorer.improving(Direction.within(low.doubleValue(), high.doubleValue()));
        }
        if (min != null || max != null) {
            throw new ScorerConfigException("test-words takes both 'min' and 'max' (numbers) or neither");
        }
        return scorer;
    }
}
