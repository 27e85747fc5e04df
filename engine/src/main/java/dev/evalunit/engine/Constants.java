package dev.evalunit.engine;

/**
 * The public configuration keys of the {@code evalunit} engine. They are read from JUnit configuration
 * parameters ({@code junit-platform.properties}, {@code -D} system properties or the launcher request).
 */
public final class Constants {

    private Constants() {
    }

    // ---- Providers, scheduler and cache -------------------------------------------------------------

    /**
     * Prefix of every per-provider setting: {@code evalunit.provider.<id>.<setting>}, where {@code <id>} is
     * the provider part of a model reference ({@code openai}, {@code anthropic}, {@code ollama},
     * {@code openai-compatible}, ...). The setting names follow.
     */
    public static final String PROVIDER_PREFIX = "evalunit.provider.";

    /** Setting {@code base-url}: the provider's endpoint, e.g. {@code http://localhost:8000/v1}. */
    public static final String PROVIDER_BASE_URL = "base-url";

    /**
     * Setting {@code api-key-env}: the name of the environment variable holding the API key (defaults:
     * {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code OPENAI_COMPATIBLE_API_KEY}). Keys are never
     * read from configuration files.
     */
    public static final String PROVIDER_API_KEY_ENV = "api-key-env";

    /** Setting {@code timeout}: per-attempt request timeout ({@code 60s} by default; {@code 500ms}, {@code 2m}, {@code PT30S}). */
    public static final String PROVIDER_TIMEOUT = "timeout";

    /** Setting {@code stream}: {@code true} (default) streams and records time to first token. */
    public static final String PROVIDER_STREAM = "stream";

    /** Setting {@code max-concurrency}: most calls in flight to this provider at once (default 8). */
    public static final String PROVIDER_MAX_CONCURRENCY = "max-concurrency";

    /** Setting {@code requests-per-minute}: request rate limit (default: unlimited). */
    public static final String PROVIDER_REQUESTS_PER_MINUTE = "requests-per-minute";

    /**
     * Setting {@code tokens-per-minute}: token rate limit (default: unlimited). A call is charged its
     * estimated tokens (prompt characters / 4 plus {@code maxTokens}) up front and corrected to the
     * reported usage when it finishes.
     */
    public static final String PROVIDER_TOKENS_PER_MINUTE = "tokens-per-minute";

    /** Setting {@code max-attempts}: attempts per call including the first (default 4). */
    public static final String PROVIDER_MAX_ATTEMPTS = "max-attempts";

    /**
     * Setting {@code cache}: {@code true} (default) sends this provider's calls through the response cache;
     * {@code false} always calls it (for in-process models, whose code can change while their requests do not).
     */
    public static final String PROVIDER_CACHE = "cache";

    /**
     * Setting prefix {@code price}: {@code evalunit.provider.<id>.price.<model>.input} and {@code .output} in
     * US dollars per million tokens; both must be set. Overrides the shipped price table.
     */
    public static final String PROVIDER_PRICE = "price";

    /** Key {@code evalunit.retry.base-delay}: first retry back-off before jitter (default {@code 500ms}). */
    public static final String RETRY_BASE_DELAY_PROPERTY_NAME = "evalunit.retry.base-delay";

    /** Key {@code evalunit.retry.max-delay}: longest back-off or honoured {@code Retry-After} (default {@code 60s}). */
    public static final String RETRY_MAX_DELAY_PROPERTY_NAME = "evalunit.retry.max-delay";

    /** Key {@code evalunit.cache.mode}: {@code read-write} (default), {@code replay}, {@code refresh} or {@code off}. */
    public static final String CACHE_MODE_PROPERTY_NAME = "evalunit.cache.mode";

    /** Key {@code evalunit.cache.dir}: response cache directory (default {@code target/evalunit/cache}). */
    public static final String CACHE_DIR_PROPERTY_NAME = "evalunit.cache.dir";
}
