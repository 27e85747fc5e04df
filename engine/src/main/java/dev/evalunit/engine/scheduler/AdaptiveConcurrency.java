package dev.evalunit.engine.scheduler;

/**
 * Additive-increase / multiplicative-decrease concurrency: a rate-limit answer halves the limit (at most once
 * per {@code cutInterval}, so a burst of 429s from one overload counts once); every success adds
 * {@code 1/limit}, i.e. about one slot per limit's worth of successes, back up to the configured maximum.
 * Not thread-safe: its {@link ProviderLane} guards it.
 */
final class AdaptiveConcurrency {

    private final int max;
    private final long cutIntervalNanos;
    private double limit;
    private long lastCut;
    private boolean everCut;

    AdaptiveConcurrency(int max, long cutIntervalNanos) {
        this.max = max;
        this.cutIntervalNanos = cutIntervalNanos;
        this.limit = max;
    }

    int limit() {
        return (int) Math.floor(limit);
    }

    void onSuccess() {
        limit = Math.min(max, limit + 1 / limit);
    }

    void onRateLimited(long now) {
        if (!everCut || now - lastCut >= cutIntervalNanos) {
            limit = Math.max(1, limit / 2);
            lastCut = now;
            everCut = true;
        }
    }
}
