package dev.evalunit.engine.suite;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The metrics the engine measures itself, next to the scorers' metrics. Paired metrics have a value per
 * sample and are compared case by case; the others are one value per variant.
 */
@API(status = INTERNAL, since = "0.1")
public enum BuiltInMetric {
    /** 1 when a successful sample passed every scorer threshold, else 0 (error samples excluded). */
    PASS_RATE("pass_rate", Direction.HIGHER, true),
    /** 1 for an error sample, else 0, over every sample. */
    ERROR_RATE("error_rate", Direction.LOWER, true),
    /** 1 for a judge score in error (an unusable reply, a refusal, a failed call), else 0, over every judge score. */
    JUDGE_ERROR_RATE("judge_error_rate", Direction.LOWER, true),
    /** Cost in US dollars of a successful sample, when its price is known. */
    COST_PER_REQUEST("cost_per_request", Direction.LOWER, true),
    /** The variant's total cost divided by its passed cases. */
    COST_PER_SUCCESS("cost_per_success", Direction.LOWER, false),
    /** Prompt tokens of a successful sample, when reported. */
    INPUT_TOKENS("input_tokens", Direction.LOWER, true),
    /** Completion tokens of a successful sample, when reported. */
    OUTPUT_TOKENS("output_tokens", Direction.LOWER, true),
    /** Latency of a successful sample in milliseconds. */
    LATENCY_MS("latency_ms", Direction.LOWER, true),
    /** Median latency of the variant's successful samples. */
    LATENCY_P50_MS("latency_p50_ms", Direction.LOWER, false),
    /** 95th percentile latency of the variant's successful samples. */
    LATENCY_P95_MS("latency_p95_ms", Direction.LOWER, false),
    /** Time to the first streamed token in milliseconds, for streamed samples. */
    TTFT_MS("ttft_ms", Direction.LOWER, true);

    private final String metric;
    private final Direction direction;
    private final boolean paired;

    BuiltInMetric(String metric, Direction direction, boolean paired) {
        this.metric = metric;
        this.direction = direction;
        this.paired = paired;
    }

    /** The metric name as suites write it. */
    public String metric() {
        return metric;
    }

    /** Which way the metric improves. */
    public Direction direction() {
        return direction;
    }

    /** Whether the metric has one value per sample (and so a paired difference). */
    public boolean paired() {
        return paired;
    }

    public static Optional<BuiltInMetric> named(String name) {
        return Arrays.stream(values()).filter(m -> m.metric.equals(name)).findFirst();
    }
}
