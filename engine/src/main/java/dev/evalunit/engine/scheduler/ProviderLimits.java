package dev.evalunit.engine.scheduler;

import dev.evalunit.engine.provider.ProviderKeys;
import dev.evalunit.engine.provider.Settings;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How the scheduler treats one provider.
 *
 * @param maxConcurrency    most calls in flight at once
 * @param requestsPerMinute request rate limit, if any
 * @param tokensPerMinute   token rate limit, if any
 * @param timeout           per-attempt time limit
 * @param maxAttempts       attempts per call including the first; rate-limited attempts do not count
 * @param retryBudget       how long after its first attempt a call may still start another
 * @param cached            whether this provider's answers go through the response cache (off e.g. for
 *                          in-process models, whose code may change without their requests changing)
 */
@API(status = INTERNAL, since = "0.1")
public record ProviderLimits(int maxConcurrency, OptionalDouble requestsPerMinute, OptionalDouble tokensPerMinute,
                             Duration timeout, int maxAttempts, Duration retryBudget, boolean cached) {

    /** Default {@code max-concurrency}. */
    public static final int DEFAULT_MAX_CONCURRENCY = 8;
    /** Default {@code max-attempts}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** Default {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default {@code retry-budget}. */
    public static final Duration DEFAULT_RETRY_BUDGET = Duration.ofMinutes(10);

    public ProviderLimits {
        if (maxConcurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxConcurrency and maxAttempts must be >= 1, were "
                    + maxConcurrency + "/" + maxAttempts);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (retryBudget.isNegative()) {
            throw new IllegalArgumentException("retryBudget must not be negative, was " + retryBudget);
        }
        requireRate(requestsPerMinute, "requestsPerMinute");
        requireRate(tokensPerMinute, "tokensPerMinute");
    }

    /** Unlimited rates, the given concurrency, default timeout and attempts. */
    public static ProviderLimits ofConcurrency(int maxConcurrency) {
        return new ProviderLimits(maxConcurrency, OptionalDouble.empty(), OptionalDouble.empty(), DEFAULT_TIMEOUT,
                DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BUDGET, true);
    }

    /**
     * Reads {@code evalunit.provider.<id>.max-concurrency}, {@code requests-per-minute},
     * {@code tokens-per-minute}, {@code timeout}, {@code max-attempts}, {@code retry-budget} and {@code cache}.
     *
     * @param configuration full configuration key to value, e.g. JUnit's {@code ConfigurationParameters::get}
     * @throws IllegalArgumentException naming the key when a value is malformed
     */
    public static ProviderLimits read(String providerId, Function<String, Optional<String>> configuration) {
        Function<String, String> key = setting -> ProviderKeys.PREFIX + providerId + "." + setting;
        return new ProviderLimits(
                setting(key, configuration, SchedulerKeys.MAX_CONCURRENCY, Settings::positiveInt)
                        .orElse(DEFAULT_MAX_CONCURRENCY),
                rate(setting(key, configuration, SchedulerKeys.REQUESTS_PER_MINUTE, ProviderLimits::perMinute)),
                rate(setting(key, configuration, SchedulerKeys.TOKENS_PER_MINUTE, ProviderLimits::perMinute)),
                setting(key, configuration, ProviderKeys.TIMEOUT, Settings::duration).orElse(DEFAULT_TIMEOUT),
                setting(key, configuration, SchedulerKeys.MAX_ATTEMPTS, Settings::positiveInt)
                        .orElse(DEFAULT_MAX_ATTEMPTS),
                setting(key, configuration, SchedulerKeys.RETRY_BUDGET, Settings::duration)
                        .orElse(DEFAULT_RETRY_BUDGET),
                setting(key, configuration, SchedulerKeys.CACHE, Settings::bool).orElse(true));
    }

    private static <T> Optional<T> setting(Function<String, String> key, Function<String, Optional<String>> configuration,
                                           String setting, Function<String, T> transformer) {
        String full = key.apply(setting);
        return Settings.get(full, configuration.apply(full), transformer);
    }

    /** A copy with a request rate limit. */
    public ProviderLimits withRequestsPerMinute(double rpm) {
        return new ProviderLimits(maxConcurrency, OptionalDouble.of(rpm), tokensPerMinute, timeout,
                maxAttempts, retryBudget, cached);
    }

    /** A copy with a token rate limit. */
    public ProviderLimits withTokensPerMinute(double tpm) {
        return new ProviderLimits(maxConcurrency, requestsPerMinute, OptionalDouble.of(tpm), timeout,
                maxAttempts, retryBudget, cached);
    }

    /** A copy with another per-attempt timeout. */
    public ProviderLimits withTimeout(Duration value) {
        return new ProviderLimits(maxConcurrency, requestsPerMinute, tokensPerMinute, value,
                maxAttempts, retryBudget, cached);
    }

    /** A copy with another attempt bound. */
    public ProviderLimits withMaxAttempts(int value) {
        return new ProviderLimits(maxConcurrency, requestsPerMinute, tokensPerMinute, timeout,
                value, retryBudget, cached);
    }

    /** A copy with another retry budget. */
    public ProviderLimits withRetryBudget(Duration value) {
        return new ProviderLimits(maxConcurrency, requestsPerMinute, tokensPerMinute, timeout,
                maxAttempts, value, cached);
    }

    /** A copy that bypasses the response cache (or uses it). */
    public ProviderLimits withCache(boolean value) {
        return new ProviderLimits(maxConcurrency, requestsPerMinute, tokensPerMinute, timeout,
                maxAttempts, retryBudget, value);
    }

    /** A rate limit per minute: a number {@code > 0}. */
    private static double perMinute(String text) {
        double parsed = Settings.nonNegative(text);
        if (parsed <= 0) {
            throw new IllegalArgumentException("must be > 0 (leave it unset for no limit)");
        }
        return parsed;
    }

    private static OptionalDouble rate(Optional<Double> parsed) {
        return parsed.map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
    }

    private static void requireRate(OptionalDouble rate, String name) {
        if (rate.isPresent() && !(rate.getAsDouble() > 0 && Double.isFinite(rate.getAsDouble()))) {
            throw new IllegalArgumentException(name + " must be > 0, was " + rate.getAsDouble());
        }
    }
}
