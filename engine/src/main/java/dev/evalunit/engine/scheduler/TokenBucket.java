package dev.evalunit.engine.scheduler;

/**
 * A token bucket over a nanosecond clock. Not thread-safe: its {@link ProviderLane} guards it. A take larger
 * than the capacity is admitted once the bucket is full and leaves it in debt, so one large request cannot
 * block forever and the long-run rate still holds.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double available;
    private long updatedAt;

    /**
     * @param perMinute refill rate
     * @param capacity  most tokens held (the burst)
     * @param now       the clock reading at creation; the bucket starts full
     */
    TokenBucket(double perMinute, double capacity, long now) {
        this.capacity = capacity;
        this.perNano = perMinute / 60e9;
        this.available = capacity;
        this.updatedAt = now;
    }

    /** Nanoseconds until {@code amount} may be taken (0 when it may be taken now). */
    long waitNanos(double amount, long now) {
        refill(now);
        double needed = Math.min(amount, capacity);
        return available >= needed ? 0 : (long) Math.ceil((needed - available) / perNano);
    }

    void take(double amount, long now) {
        refill(now);
        available -= amount;
    }

    /** Returns tokens charged up front that were not used (or charges more when {@code amount < 0}). */
    void refund(double amount, long now) {
        refill(now);
        available = Math.min(capacity, available + amount);
    }

    private void refill(long now) {
        if (now > updatedAt) {
            available = Math.min(capacity, available + (now - updatedAt) * perNano);
            updatedAt = now;
        }
    }
}
