package dev.evalunit.judges.text;

import dev.evalunit.api.run.Sample;
import dev.evalunit.judges.Options;

import java.util.Optional;
import java.util.function.Function;

/** {@code latency}: the call's wall time in milliseconds is at most option {@code max}. */
public final class LatencyScorer extends SampleLimitCheck {

    public LatencyScorer() {
        super("latency", "milliseconds", "the sample has no latency");
    }

    @Override
    Function<Sample, Optional<Double>> measure(Options options) {
        return sample -> sample.latency().map(latency -> latency.toNanos() / 1e6);
    }
}
