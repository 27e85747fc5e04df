package dev.evalunit.judges.text;

import dev.evalunit.api.run.Sample;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.judges.Options;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** {@code tokens}: the call's {@code total} (default), {@code input} or {@code output} tokens are at most option {@code max}. */
public final class TokensScorer extends SampleLimitCheck {

    private static final Map<String, ToIntFunction<TokenUsage>> COUNTS =
            Map.of("total", TokenUsage::total, "input", TokenUsage::input, "output", TokenUsage::output);

    public TokensScorer() {
        super("tokens", "tokens", "the provider reported no token usage for the sample");
    }

    @Override
    Set<String> options() {
        return Set.of("count");
    }

    @Override
    Function<Sample, Optional<Double>> measure(Options options) throws ScorerConfigException {
        String count = options.string("count").orElse("total");
        ToIntFunction<TokenUsage> counter = COUNTS.get(count);
        if (counter == null) {
            throw options.problem("count", "must be one of total, input, output; was '" + count + "'");
        }
        return sample -> sample.usage().map(usage -> (double) counter.applyAsInt(usage));
    }
}
