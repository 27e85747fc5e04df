package dev.evalunit.engine.scheduler;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many response cache claims one provider holds at once. The JDK and the operating system keep a
 * process's locks on the claims file in lists that every lock and release walks, so claiming each call as a suite
 * submits it (a window of a thousand calls ahead) made a claim cost more than the call's JSON. Fetches beyond the
 * bound wait here, in submission order, instead of in the provider's queue; a bound above the provider's
 * concurrency keeps its queue from running dry.
 */
final class ClaimSlots {

    private final int limit;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    /** Guarded by {@code this}. */
    private int held;
    /** Only one thread runs waiting fetches at a time; a release meanwhile makes it look again (no recursion). */
    private final AtomicInteger drainRequests = new AtomicInteger();

    ClaimSlots(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("claim slots must be >= 1, was " + limit);
        }
        this.limit = limit;
    }

    /**
     * Runs the fetch once a slot is free: now, or when an earlier fetch {@linkplain #release releases} its slot. The
     * fetch holds the slot until it calls {@link #release} (exactly once) and must not throw.
     */
    void acquire(Runnable fetch) {
        synchronized (this) {
            waiting.addLast(fetch);
        }
        drain();
    }

    /** Frees a slot and runs the next waiting fetch. */
    void release() {
        synchronized (this) {
            held--;
        }
        drain();
    }

    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            for (Runnable next = next(); next != null; next = next()) {
                next.run();
            }
            missed = drainRequests.addAndGet(-missed);
        } while (missed != 0);
    }

    private synchronized Runnable next() {
        if (held >= limit || waiting.isEmpty()) {
            return null;
        }
        held++;
        return waiting.pollFirst();
    }
}
