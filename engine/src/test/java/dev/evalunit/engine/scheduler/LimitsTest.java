package dev.evalunit.engine.scheduler;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token buckets, adaptive concurrency, back-off and configuration reading. */
class LimitsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void tokenBucketStartsFullAndRefillsAtItsRate() {
        TokenBucket bucket = new TokenBucket(60, 1, 0); // one per second
        assertThat(bucket.waitNanos(1, 0)).isZero();
        bucket.take(1, 0);
        assertThat(bucket.waitNanos(1, 0)).isEqualTo(SECOND);
        assertThat(bucket.waitNanos(1, SECOND / 4)).isEqualTo(3 * SECOND / 4);
        assertThat(bucket.waitNanos(1, SECOND)).isZero();
    }

    @Test
    void oversizedTakeWaitsForAFullBucketThenLeavesDebt() {
        TokenBucket bucket = new TokenBucket(600, 10, 0); // 10 per second, capacity 10
        assertThat(bucket.waitNanos(50, 0)).isZero();
        bucket.take(50, 0);
        assertThat(bucket.waitNanos(1, 0)).as("40 tokens of debt + 1").isEqualTo(41 * SECOND / 10);
        bucket.refund(45, 0);
        assertThat(bucket.waitNanos(1, 0)).as("refund capped at capacity").isZero();
    }

    @Test
    void concurrencyHalvesOnRateLimitOncePerIntervalAndRecoversAsFastAsItBacksOff() {
        AdaptiveConcurrency concurrency = new AdaptiveConcurrency(64, SECOND);
        concurrency.onRateLimited(0);
        concurrency.onRateLimited(SECOND / 2);
        assertThat(concurrency.limit()).as("two 429s within a second cut once").isEqualTo(32);
        concurrency.onRateLimited(2 * SECOND);
        assertThat(concurrency.limit()).isEqualTo(16);
        for (int i = 0; i < 16; i++) {
            concurrency.onSuccess();
        }
        assertThat(concurrency.limit()).as("one round of successes undoes one cut").isEqualTo(32);
        for (int i = 0; i < 100; i++) {
            concurrency.onSuccess();
        }
        assertThat(concurrency.limit()).isEqualTo(64);
    }

    @Test
    void backOffIsExponentialWithJitterCappedAndRetryAfterIsItsFloor() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(1000));
        assertThat(policy.delay(1, Optional.empty(), () -> 0)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.delay(1, Optional.empty(), () -> 0.999999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(policy.delay(3, Optional.empty(), () -> 0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delay(10, Optional.empty(), () -> 0.5)).isEqualTo(Duration.ofMillis(750));
        assertThat(policy.delay(1, Optional.of(Duration.ofMillis(400)), () -> 0)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delay(4, Optional.of(Duration.ofMillis(50)), () -> 0)).as("a short Retry-After is a floor")
                .isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delay(1, Optional.of(Duration.ofMinutes(5)), () -> 0)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void readsProviderLimitsFromConfiguration() {
        Map<String, String> config = Map.of(
                "evalunit.provider.openai.max-concurrency", "64",
                "evalunit.provider.openai.requests-per-minute", "600",
                "evalunit.provider.openai.tokens-per-minute", "150000",
                "evalunit.provider.openai.timeout", "30s",
                "evalunit.provider.openai.max-attempts", "5",
                "evalunit.provider.openai.cache", "false");

        ProviderLimits limits = ProviderLimits.read("openai", key -> Optional.ofNullable(config.get(key)));

        assertThat(limits.maxConcurrency()).isEqualTo(64);
        assertThat(limits.requestsPerMinute()).hasValue(600);
        assertThat(limits.tokensPerMinute()).hasValue(150000);
        assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.maxAttempts()).isEqualTo(5);
        assertThat(limits.cached()).isFalse();
        assertThat(ProviderLimits.read("other", key -> Optional.empty()))
                .isEqualTo(ProviderLimits.ofConcurrency(ProviderLimits.DEFAULT_MAX_CONCURRENCY));
    }

    @Test
    void malformedValuesNameTheirKey() {
        assertThatThrownBy(() -> ProviderLimits.read("openai",
                key -> key.endsWith("requests-per-minute") ? Optional.of("0") : Optional.empty()))
                .hasMessageContaining("evalunit.provider.openai.requests-per-minute must be > 0");
        assertThatThrownBy(() -> ProviderLimits.read("openai",
                key -> key.endsWith("timeout") ? Optional.of("soon") : Optional.empty()))
                .hasMessageContaining("evalunit.provider.openai.timeout must be a positive duration");
        assertThatThrownBy(() -> RetryPolicy.read(key -> key.equals("evalunit.retry.max-delay")
                ? Optional.of("100ms") : Optional.empty()))
                .hasMessageContaining("evalunit.retry.max-delay (PT0.1S) must not be shorter than evalunit.retry.base-delay");
    }
}
