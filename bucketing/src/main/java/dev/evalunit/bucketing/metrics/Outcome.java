package dev.evalunit.bucketing.metrics;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What happened on one request of a unit in an experiment. Unmeasured values are empty.
 *
 * @param latencyMillis end-to-end latency
 * @param error         whether the call failed
 * @param rating        the user's rating (e.g. 1..5), when given
 * @param costUsd       the request's cost in US dollars
 * @param success       a binary outcome (task completed, output used), when measured
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Outcome(OptionalDouble latencyMillis, boolean error, OptionalDouble rating, OptionalDouble costUsd,
                      Optional<Boolean> success) {

    public Outcome {
        requireFinite("latencyMillis", latencyMillis, 0);
        requireFinite("rating", rating, Double.NEGATIVE_INFINITY);
        requireFinite("costUsd", costUsd, 0);
        Objects.requireNonNull(success, "success");
    }

    /**
     * Whether this outcome reports a request (its latency, cost or error) rather than only feedback on one (a
     * rating, a conversion). Error rates are errors per request, so only these count in their denominator.
     */
    public boolean isRequest() {
        return error || latencyMillis.isPresent() || costUsd.isPresent();
    }

    /** A successful call that took {@code latencyMillis} and cost {@code costUsd}. */
    public static Outcome served(double latencyMillis, double costUsd) {
        return new Outcome(OptionalDouble.of(latencyMillis), false, OptionalDouble.empty(), OptionalDouble.of(costUsd),
                Optional.empty());
    }

    /** A failed call. */
    public static Outcome failed(double latencyMillis) {
        return new Outcome(OptionalDouble.of(latencyMillis), true, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty());
    }

    /** User feedback only. */
    public static Outcome rated(double rating) {
        return new Outcome(OptionalDouble.empty(), false, OptionalDouble.of(rating), OptionalDouble.empty(), Optional.empty());
    }

    /** A binary outcome only. */
    public static Outcome converted(boolean success) {
        return new Outcome(OptionalDouble.empty(), false, OptionalDouble.empty(), OptionalDouble.empty(), Optional.of(success));
    }

    private static void requireFinite(String field, OptionalDouble value, double min) {
        Objects.requireNonNull(value, field);
        if (value.isPresent() && !(Double.isFinite(value.getAsDouble()) && value.getAsDouble() >= min)) {
            throw new InvalidConfigException(field, "must be a finite number" + (min == 0 ? " >= 0" : "")
                    + ", was " + value.getAsDouble());
        }
    }
}
