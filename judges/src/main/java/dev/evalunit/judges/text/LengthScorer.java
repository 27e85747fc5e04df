package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Options;
import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code length}: the output's length in {@code unit}s ({@code characters} — user-perceived, so an emoji
 * or an accented letter is one —, {@code words} or {@code sentences}) lies within {@code min} and/or
 * {@code max}. The value is the length. Its direction is the range: variants compare on the distance to
 * [{@code min}, {@code max}] ({@code min} 0 when only {@code max} is set), so closer is better; with only
 * {@code min}, longer is better.
 */
@API(status = INTERNAL, since = "0.1")
public final class LengthScorer implements ScorerProvider {

    /** What is counted. */
    enum Unit {
        CHARACTERS(TextUnits::characters), WORDS(TextUnits::words), SENTENCES(TextUnits::sentences);

        private final ToIntFunction<String> counter;

        Unit(ToIntFunction<String> counter) {
            this.counter = counter;
        }

        int count(String text) {
            return counter.applyAsInt(text);
        }
    }

    @Override
    public String name() {
        return "length";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.of(setup, Set.of("unit", "min", "max"));
        String unitName = options.string("unit").orElse("characters");
        Unit unit;
        try {
            unit = Unit.valueOf(unitName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw options.problem("unit", "must be one of characters, words, sentences; was '" + unitName + "'");
        }
        int min = options.integer("min", 0, Integer.MAX_VALUE).orElse(0);
        int max = options.integer("max", 0, Integer.MAX_VALUE).orElse(Integer.MAX_VALUE);
        if (setup.spec().threshold().isPresent()) {
            throw options.problem("sets a threshold; a length is bounded with options 'min' and 'max' instead");
        }
        if (!options.has("min") && !options.has("max")) {
            throw options.problem("needs option 'min', option 'max' or both");
        }
        if (min > max) {
            throw options.problem("min", "(" + min + ") is greater than option 'max' (" + max + ")");
        }
        String metric = options.metric();
        String bounds = (options.has("min") ? "min " + min : "") + (options.has("min") && options.has("max") ? ", " : "")
                + (options.has("max") ? "max " + max : "");
        String units = unit.name().toLowerCase(Locale.ROOT);
        // within the bounds is the aim, so variants compare on the distance to them; with only a min, longer is better
        Direction direction = options.has("max") ? Direction.within(min, max) : Direction.HIGHER;
        return Scorer.sync(input -> {
            int length = unit.count(input.output());
            boolean passed = length >= min && length <= max;
            return List.of(Score.of(metric, length, passed, length + " " + units + " (" + bounds + ")")
                    .withDetails(Map.of("unit", units)));
        }).improving(direction);
    }
}
