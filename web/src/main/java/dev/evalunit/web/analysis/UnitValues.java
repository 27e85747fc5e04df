package dev.evalunit.web.analysis;

import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.bucketing.metrics.Outcome;

/**
 * How an outcome counts towards each metric: the value it adds to the unit's {@code y} and whether it is an
 * observation ({@code n}). The SQL in {@code sufficient-statistics.sql} mirrors this table column by column.
 */
final class UnitValues {

    private UnitValues() {
    }

    /** Whether {@code outcome} observes {@code metric}. */
    static boolean observes(OnlineMetric metric, Outcome outcome) {
        return switch (metric) {
            case LATENCY -> outcome.latencyMillis().isPresent();
            case RATING -> outcome.rating().isPresent();
            case COST -> outcome.costUsd().isPresent();
            case ERROR_RATE -> true;
            case SUCCESS_RATE -> outcome.success().isPresent();
        };
    }

    /** The value {@code outcome} adds to the unit's sum of {@code metric}; call only when it {@link #observes}. */
    static double value(OnlineMetric metric, Outcome outcome) {
        return switch (metric) {
            case LATENCY -> outcome.latencyMillis().getAsDouble();
            case RATING -> outcome.rating().getAsDouble();
            case COST -> outcome.costUsd().getAsDouble();
            case ERROR_RATE -> outcome.error() ? 1 : 0;
            case SUCCESS_RATE -> outcome.success().get() ? 1 : 0;
        };
    }
}
