package dev.evalunit.engine.scheduler;

import dev.evalunit.engine.provider.Settings;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Back-off between attempts: exponential from {@code baseDelay} with "equal jitter" (a random point in the
 * upper half of the exponential step, so calls that failed together do not retry together), capped at
 * {@code maxDelay}. A provider's {@code Retry-After} is the least wait (also capped): a short one does not make
 * a call spend its attempts in a burst.
 *
 * @param baseDelay delay before the second attempt, before jitter
 * @param maxDelay  the longest wait
 */
@API(status = INTERNAL, since = "0.1")
public record RetryPolicy(Duration baseDelay, Duration maxDelay) {

    /** 500 ms base, 60 s cap. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(60));

    public RetryPolicy {
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay, were " + baseDelay + "/" + maxDelay);
        }
    }

    /** Reads {@code evalunit.retry.base-delay} and {@code evalunit.retry.max-delay}. */
    public static RetryPolicy read(Function<String, Optional<String>> configuration) {
        Duration base = Settings.get(SchedulerKeys.RETRY_BASE_DELAY,
                configuration.apply(SchedulerKeys.RETRY_BASE_DELAY), Settings::duration)
                .orElse(DEFAULT.baseDelay());
        Duration max = Settings.get(SchedulerKeys.RETRY_MAX_DELAY,
                configuration.apply(SchedulerKeys.RETRY_MAX_DELAY), Settings::duration)
                .orElse(DEFAULT.maxDelay());
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException(SchedulerKeys.RETRY_MAX_DELAY + " (" + max
                    + ") must not be shorter than " + SchedulerKeys.RETRY_BASE_DELAY + " (" + base + ")");
        }
        return new RetryPolicy(base, max);
    }

    /**
     * The wait before the next attempt.
     *
     * @param failedAttempts attempts made so far (1 after the first failure)
     * @param retryAfter     what the provider asked for, if anything
     * @param random         uniform values in [0, 1)
     */
    Duration delay(int failedAttempts, Optional<Duration> retryAfter, DoubleSupplier random) {
        double step = baseDelay.toNanos() * Math.pow(2, Math.max(0, failedAttempts - 1));
        double capped = Math.min(step, maxDelay.toNanos());
        Duration backOff = Duration.ofNanos(Math.round(capped / 2 + random.getAsDouble() * capped / 2));
        return retryAfter.map(asked -> min(max(asked, backOff), maxDelay)).orElse(backOff);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
