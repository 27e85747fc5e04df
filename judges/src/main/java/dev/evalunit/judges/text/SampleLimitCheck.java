package dev.evalunit.judges.text;

import dev.evalunit.api.run.Sample;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.Threshold;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A limit on a fact the engine recorded about the sample (latency, cost, tokens): the value passes at or
 * below option {@code max}, which is required. A fact the sample does not carry (an unknown price, a
 * provider that reports no usage) is an error score, never a silent 0.
 */
abstract class SampleLimitCheck implements ScorerProvider {

    private final String name;
    private final String unit;
    private final String missing;

    /**
     * @param unit    the unit of the value and of {@code max}, e.g. "milliseconds"
     * @param missing why a sample without the fact cannot be scored
     */
    SampleLimitCheck(String name, String unit, String missing) {
        this.name = name;
        this.unit = unit;
        this.missing = missing;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The options this check reads besides {@code metric} and {@code max}. */
    Set<String> options() {
        return Set.of();
    }

    /** Reads this check's own options and returns the measurement: empty when the sample lacks the fact. */
    abstract Function<Sample, Optional<Double>> measure(Options options) throws ScorerConfigException;

    @Override
    public final Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(options());
        keys.add("max");
        Options options = Options.of(setup, keys);
        Metric metric = new Metric(options.metric(), Threshold.atMost(options, true, unit));
        Function<Sample, Optional<Double>> measure = measure(options);
        return Scorer.sync(input -> List.of(measure.apply(input.sample())
                .map(value -> metric.score(value, name + " in " + unit))
                .orElseGet(() -> metric.error(missing, input.output())))).improving(metric.direction());
    }
}
