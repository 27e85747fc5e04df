package dev.evalunit.engine.scheduler;

/**
 * Concurrency that reacts to rate limits and to nothing else: a rate-limit answer halves the limit (at most once
 * per {@code cutInterval}, so a burst of 429s from one overload counts once), and every success adds a slot back
 * up to the configured maximum, so one round of successes doubles it again - it recovers as fast as it backs off.
 * Server errors, timeouts and resets say nothing about the load this run causes and leave it alone.
 * Not thread-safe: its {@link ProviderLane} guards it.
 */
final class AdaptiveConcurrency {

    private final int max;
    private final long cutIntervalNanos;
    private int limit;
    private long lastCut;
    private boolean everCut;

    AdaptiveConcurrency(int max, long cutIntervalNanos) {
        this.max = max;
        this.cutIntervalNanos = cutIntervalNanos;
        this.limit = max;
    }

    int limit() {
        return limit;
    }

    void onSuccess() {
        limit = Math.min(max, limit + 1);
    }

    void onRateLimited(long now) {
        if (!everCut || now - lastCut >= cutIntervalNanos) {
            limit = Math.max(1, limit / 2);
            lastCut = now;
            everCut = true;
        }
    }
}
