package dev.evalunit.bucketing.safety;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.util.Objects;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Automatic pause conditions, checked per variant once it has {@code minSamples} observations of the
 * metric: error rate above a bound, latency p95 above a bound, mean rating below a bound.
 *
 * @param minSamples          observations a variant needs before a bound is judged
 * @param maxErrorRate        highest tolerated error rate in [0, 1], when bounded
 * @param maxLatencyP95Millis highest tolerated latency p95, when bounded
 * @param minMeanRating       lowest tolerated mean rating, when bounded
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Guardrails(int minSamples, OptionalDouble maxErrorRate, OptionalDouble maxLatencyP95Millis,
                         OptionalDouble minMeanRating) {

    public Guardrails {
        if (minSamples < 1) {
            throw new InvalidConfigException("minSamples", "must be >= 1, was " + minSamples);
        }
        Objects.requireNonNull(maxErrorRate, "maxErrorRate");
        Objects.requireNonNull(maxLatencyP95Millis, "maxLatencyP95Millis");
        Objects.requireNonNull(minMeanRating, "minMeanRating");
        if (maxErrorRate.isPresent() && !(maxErrorRate.getAsDouble() >= 0 && maxErrorRate.getAsDouble() <= 1)) {
            throw new InvalidConfigException("maxErrorRate", "must be in [0, 1], was " + maxErrorRate.getAsDouble());
        }
        if (maxLatencyP95Millis.isPresent() && !(maxLatencyP95Millis.getAsDouble() > 0)) {
            throw new InvalidConfigException("maxLatencyP95Millis", "must be > 0, was " + maxLatencyP95Millis.getAsDouble());
        }
        if (minMeanRating.isPresent() && !Double.isFinite(minMeanRating.getAsDouble())) {
            throw new InvalidConfigException("minMeanRating", "must be a finite number, was " + minMeanRating.getAsDouble());
        }
    }

    /**
     * The source article's hard guardrails: error rate above 10%, latency p95 above 5 seconds, rating below
     * 3.0, judged after 100 observations (its health check paused above 100 samples).
     */
    public static Guardrails articleDefaults() {
        return new Guardrails(100, OptionalDouble.of(0.10), OptionalDouble.of(5000), OptionalDouble.of(3.0));
    }
}
