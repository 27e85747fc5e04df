package dev.evalunit.engine.scheduler;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The configuration keys the scheduler reads; {@code dev.evalunit.engine.Constants} documents each for users. */
@API(status = INTERNAL, since = "0.1")
public final class SchedulerKeys {

    /** Per-provider setting: most calls in flight at once. */
    public static final String MAX_CONCURRENCY = "max-concurrency";

    /** Per-provider setting: request rate limit. */
    public static final String REQUESTS_PER_MINUTE = "requests-per-minute";

    /** Per-provider setting: token rate limit. */
    public static final String TOKENS_PER_MINUTE = "tokens-per-minute";

    /** Per-provider setting: attempts per call including the first. */
    public static final String MAX_ATTEMPTS = "max-attempts";

    /** Per-provider setting: how long after its first attempt a call may still retry. */
    public static final String RETRY_BUDGET = "retry-budget";

    /** Per-provider setting: whether calls go through the response cache. */
    public static final String CACHE = "cache";

    /** Key: first retry back-off before jitter. */
    public static final String RETRY_BASE_DELAY = "evalunit.retry.base-delay";

    /** Key: longest back-off or honoured {@code Retry-After}. */
    public static final String RETRY_MAX_DELAY = "evalunit.retry.max-delay";

    private SchedulerKeys() {
    }
}
