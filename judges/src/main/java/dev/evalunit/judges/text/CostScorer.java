package dev.evalunit.judges.text;

import dev.evalunit.api.run.Sample;
import dev.evalunit.judges.Options;

import java.util.Optional;
import java.util.function.Function;

/** {@code cost}: the call's cost in US dollars is at most option {@code max}; an unknown price is an error score. */
public final class CostScorer extends SampleLimitCheck {

    public CostScorer() {
        super("cost", "US dollars", "the sample's cost is unknown (no price for its model in the price table)");
    }

    @Override
    Function<Sample, Optional<Double>> measure(Options options) {
        return sample -> sample.costUsd().isPresent()
                ? Optional.of(sample.costUsd().getAsDouble()) : Optional.empty();
    }
}
