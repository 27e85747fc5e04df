package dev.evalunit.engine.scheduler;

/**
 * A token bucket over a nanosecond clock, for one process. Not thread-safe: its {@link ProviderLane} (or a
 * {@link SharedTokenBucket}) guards it. A take larger than the capacity is admitted once the bucket is full and
 * leaves it in debt, so one large request cannot block forever and the long-run rate still holds.
 */
final class TokenBucket implements RateBucket {

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
        this(perMinute, capacity, capacity, now);
    }

    /** A bucket holding {@code available} tokens as of {@code updatedAt} (as stored by a shared bucket). */
    TokenBucket(double perMinute, double capacity, double available, long updatedAt) {
        this.capacity = capacity;
        this.perNano = perMinute / 60e9;
        this.available = available;
        this.updatedAt = updatedAt;
    }

    double available() {
        return available;
    }

    long updatedAt() {
        return updatedAt;
    }

    @Override
    public long waitNanos(double amount, long now) {
        refill(now);
        double needed = Math.min(amount, capacity);
        return available >= needed ? 0 : (long) Math.ceil((needed - available) / perNano);
    }

    @Override
    public void take(double amount, long now) {
        refill(now);
        available -= amount;
    }

    @Override
    public void refund(double amount, long now) {
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
