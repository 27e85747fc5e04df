package dev.evalunit.engine.progress;

import dev.evalunit.engine.provider.Settings;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How a run reports its progress.
 *
 * @param lineInterval   how often the progress line is printed and published; empty when it is off
 * @param reportInterval how often the interim report is rewritten; empty when it is off
 * @param budgetUsd      the run's cost budget, if configured
 */
@API(status = INTERNAL, since = "0.1")
public record ProgressSettings(Optional<Duration> lineInterval, Optional<Duration> reportInterval,
                               OptionalDouble budgetUsd) {

    /**
     * Reads {@link ProgressKeys#INTERVAL}, {@link ProgressKeys#REPORT_INTERVAL} and
     * {@link ProgressKeys#MAX_COST}.
     *
     * @throws IllegalArgumentException naming the key when a value is malformed
     */
    public static ProgressSettings read(Function<String, Optional<String>> configuration) {
        Optional<Double> budget = Settings.get(ProgressKeys.MAX_COST, configuration.apply(ProgressKeys.MAX_COST),
                Settings::nonNegative);
        return new ProgressSettings(
                interval(ProgressKeys.INTERVAL, configuration, ProgressKeys.INTERVAL_DEFAULT),
                interval(ProgressKeys.REPORT_INTERVAL, configuration, ProgressKeys.REPORT_INTERVAL_DEFAULT),
                budget.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }

    private static Optional<Duration> interval(String key, Function<String, Optional<String>> configuration,
                                               String fallback) {
        String value = configuration.apply(key).orElse(fallback).trim();
        return value.equalsIgnoreCase(ProgressKeys.OFF) ? Optional.empty()
                : Settings.get(key, Optional.of(value), Settings::duration);
    }
}
