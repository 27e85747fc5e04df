package dev.evalunit.judges.text;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;

import java.util.List;
import java.util.Set;

/** {@code is-json}: the output is exactly one JSON value ({@code stripCodeFence} to accept a ```json fence). */
public final class IsJsonScorer implements ScorerProvider {

    @Override
    public String name() {
        return "is-json";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.of(setup, Set.of("stripCodeFence"));
        JsonText json = new JsonText(options.bool("stripCodeFence", false));
        Metric metric = Metric.check(options.metric());
        return Scorer.sync(input -> {
            try {
                json.parse(input.output());
                return List.of(metric.check(true, "output is JSON"));
            } catch (JsonText.NotJson e) {
                return List.of(metric.check(false, "output is not JSON: " + e.getMessage()));
            }
        });
    }
}
