package dev.evalunit.engine.scheduler;

/**
 * A rate limit as a token bucket: the lane asks how long until an amount may be taken, takes it, and returns
 * what a call was charged but did not use. Calls are made under the lane's lock.
 */
interface RateBucket {

    /** Nanoseconds until {@code amount} may be taken (0 when it may be taken now). */
    long waitNanos(double amount, long now);

    /** Takes {@code amount}; a bucket may go into debt, which later takes wait for. */
    void take(double amount, long now);

    /** Returns tokens charged up front that were not used (or charges more when {@code amount < 0}). */
    void refund(double amount, long now);
}
